import { chromium } from 'playwright-core';
import { AppError } from '../../errors.ts';
import { printReadyAttribute } from '../../../../shared/print-page.ts';
import { writeFileDurably } from '../../fs/write-file-durably.ts';

/**
 * Opens a print page in a headless Chromium, waits until the page says its data is drawn, and
 * writes it as an A4 PDF: whole or not at all (temp, fsync, rename). Margins and page numbers
 * come from the page's own print CSS, so the browser's print and this PDF look the same.
 */
export async function printPageToPdf({
  chromiumPath,
  url,
  out,
}: {
  chromiumPath: string;
  url: string;
  out: string;
}): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    // Chromium's sandbox cannot start as root (a CI machine); the page is our own, from loopback.
    args: [
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    await page.locator(`html[${printReadyAttribute}]`).waitFor({ state: 'attached' });
    if ((await page.locator('html').getAttribute(printReadyAttribute)) !== 'drawn') {
      const problem = await page.locator('[role="alert"]').first().textContent();
      throw new AppError('internal', `The page to print could not be drawn: ${problem ?? 'no reason given'}`);
    }
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await writeFileDurably(out, pdf);
  } finally {
    await browser.close();
  }
}
