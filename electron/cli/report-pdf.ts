import { fileURLToPath } from 'node:url';
import type { ReportFilter } from '../../shared/contract/staff-reading.ts';
import { printPageQuery, type PrintLanguage } from '../../shared/print-page.ts';
import { createDispatcher } from '../core/dispatch.ts';
import { logToStderr } from '../core/log.ts';
import { findChromium } from '../core/staff/print/find-chromium.ts';
import { printPageToPdf } from '../core/staff/print/print-pdf.ts';
import { assertRendererBuilt, listenContract } from '../host/contract-server.ts';
import { withStaff } from './open-data.ts';

const builtRenderer = fileURLToPath(new URL('../../dist/renderer/', import.meta.url));

/** The languages a PDF is written in; the poster in Finnish is in easy Finnish (selkosuomi). */
export { printLanguages as pageLanguages } from '../../shared/print-page.ts';

/**
 * Prints the social report or the poster to a PDF: the staff store is served on a free port of
 * 127.0.0.1 (as `serve --role staff` serves it, but receiving nothing over the network), the print
 * page opens in the system's Chromium with the filter in its address, and once the page says its
 * data is drawn, Chromium writes the A4 PDF.
 */
export async function printReportPdf({
  dataDir,
  filter,
  poster,
  pageLanguage,
  out,
}: {
  dataDir: string;
  filter: ReportFilter;
  poster: boolean;
  pageLanguage: PrintLanguage;
  out: string;
}): Promise<void> {
  const chromiumPath = findChromium(process.env);
  await assertRendererBuilt(builtRenderer);
  await withStaff(dataDir, true, async (staff) => {
    const server = await listenContract({
      dispatch: createDispatcher('staff', staff.handlers, logToStderr),
      role: 'staff',
      rendererDir: builtRenderer,
      port: 0,
      log: logToStderr,
    });
    try {
      const query = printPageQuery({ page: poster ? 'poster' : 'report', language: pageLanguage, filter });
      await printPageToPdf({ chromiumPath, url: `${server.url}${query}`, out });
    } finally {
      await server.close();
    }
  });
}
