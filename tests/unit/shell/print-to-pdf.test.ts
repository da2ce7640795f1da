import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { PrintToPDFOptions } from 'electron';
import { PRINT_CHANNEL } from '../../../electron/preload/channel.ts';
import {
  pdfPrintOptions,
  printWindowToPdf,
  registerPrintToPdf,
} from '../../../electron/shell/print-to-pdf.ts';
import { ok } from '../../../shared/result.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

const pdfBytes = Buffer.from('%PDF-1.7 a printed report');

/** A window's contents that print what they are given, and remember the options. */
function printer() {
  const asked: PrintToPDFOptions[] = [];
  return { asked, printToPDF: async (options: PrintToPDFOptions) => (asked.push(options), pdfBytes) };
}

test('the report prints on A4 with its colours, the page’s own size and margins first, 16–20 mm otherwise', () => {
  const options = pdfPrintOptions();
  assert.equal(options.pageSize, 'A4');
  assert.equal(options.printBackground, true, 'the faces and chart colours carry meaning');
  assert.equal(options.preferCSSPageSize, true);
  const inMm = Object.fromEntries(
    Object.entries(options.margins ?? {}).map(([side, inches]) => [
      side,
      Math.round((inches as number) * 25.4),
    ]),
  );
  assert.deepEqual(inMm, { top: 18, bottom: 20, left: 16, right: 16 });
});

test('the printed PDF is saved whole where staff choose, with the options above', async () => {
  const folder = tempDir();
  const window = printer();
  const file = join(folder, 'raportti.pdf');
  const saved = await printWindowToPdf(window, async (dialog) => {
    assert.deepEqual(dialog.filters, [{ name: 'PDF', extensions: ['pdf'] }]);
    return { canceled: false, filePath: file };
  });
  assert.deepEqual(saved, ok({ file }));
  assert.deepEqual(window.asked, [pdfPrintOptions()]);
  assert.deepEqual(readFileSync(file), pdfBytes);
  assert.deepEqual(readdirSync(folder), ['raportti.pdf'], 'no temporary file is left beside it');
});

test('cancelling the save dialog writes nothing', async () => {
  const folder = tempDir();
  assert.deepEqual(await printWindowToPdf(printer(), async () => ({ canceled: true })), ok({ file: null }));
  assert.deepEqual(readdirSync(folder), []);
});

test('a window that is not ours is refused before anything is printed', async () => {
  const handlers = new Map<string, (event: unknown) => unknown>();
  const window = printer();
  registerPrintToPdf(
    {
      handle: (channel: string, handler: (event: unknown) => unknown) => void handlers.set(channel, handler),
    } as never,
    () => false,
    () => async () => ({ canceled: false, filePath: '/nowhere.pdf' }),
  );
  assert.deepEqual([...handlers.keys()], [PRINT_CHANNEL]);
  const refused = (await handlers.get(PRINT_CHANNEL)!({ sender: window })) as { ok: boolean };
  assert.equal(refused.ok, false);
  assert.deepEqual(window.asked, []);
});
