/**
 * What the Electron staff window's preload offers for printing (electron/preload/print.ts): the
 * page as an A4 PDF through Chromium's printToPDF, saved where staff choose.
 */
type PrintBridge = { toPdf(): Promise<unknown> };

/**
 * Prints what the page shows for paper: in Electron as a PDF, in a browser (`serve`) with the
 * browser's own print dialog, which also offers "Save as PDF".
 */
export async function printShown(): Promise<void> {
  const bridge = (window as { kuulluksiPrint?: PrintBridge }).kuulluksiPrint;
  if (bridge) await bridge.toPdf();
  else window.print();
}
