import { printReadyAttribute } from '../../../../shared/print-page.ts';

/**
 * Says on <html> that the page is drawn (or could not be), once its fonts are loaded and the
 * browser has laid out the frame the charts were drawn into: printing sooner could catch a
 * fallback font or an empty chart.
 */
export function markPrintReady(state: 'drawn' | 'failed'): void {
  void document.fonts.ready.then(() =>
    requestAnimationFrame(() => document.documentElement.setAttribute(printReadyAttribute, state)),
  );
}
