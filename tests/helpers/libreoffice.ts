import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempDir } from './temp-dir.ts';

/** Whether LibreOffice's `soffice` can be run here. */
export function hasSoffice(): boolean {
  return spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
}

/**
 * How Calc is told to read the exports, as an office PC set to Finnish would: tokens of the CSV
 * filter, in order: separator ";" (59), text in double quotes (34), UTF-8 (76), from line 1, no
 * column formats forced, the Finnish locale (1035), quoted fields not forced to text, no special
 * number detection, (two export-only tokens), spaces kept, (an export-only token), and formulas
 * evaluated: the strictest reading, in which a cell that is not defused would run.
 */
export const csvImportOptions = '59,34,76,1,,1035,false,false,false,false,false,-1,true';

/**
 * Opens a CSV in LibreOffice Calc, headless, with its own profile folder (so a running office or
 * another test's profile is never touched), and saves what Calc read as a flat ODF spreadsheet:
 * XML that says for each cell whether Calc took it as a number, a text or a formula.
 */
export function openInCalc(csvFile: string): string {
  const out = tempDir('kuulluksi-calc-out-');
  const profile = tempDir('kuulluksi-calc-profile-');
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      `--infilter=CSV:${csvImportOptions}`,
      '--convert-to',
      'fods',
      '--outdir',
      out,
      csvFile,
    ],
    { stdio: 'pipe', timeout: 180_000 },
  );
  return readFileSync(join(out, basename(csvFile).replace(/\.csv$/, '.fods')), 'utf8');
}

export type CalcCell =
  | { type: 'float'; value: number; text: string }
  | { type: 'string'; text: string }
  | { type: 'formula'; formula: string }
  | { type: 'empty' };

/** The first sheet's rows as Calc holds them, trailing empty cells and rows left out. */
export function sheetCells(fods: string): CalcCell[][] {
  const table = /<table:table [^>]*>([\s\S]*?)<\/table:table>/.exec(fods)?.[1];
  if (table === undefined) throw new Error('the spreadsheet has no table');
  const rows: CalcCell[][] = [];
  for (const [, rowAttributes = '', rowContent = ''] of table.matchAll(
    /<table:table-row((?:\s[^>]*?)?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g,
  )) {
    const cells: CalcCell[] = [];
    for (const [, attributes = '', content = ''] of rowContent.matchAll(
      /<table:table-cell((?:\s[^>]*?)?)(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
    )) {
      const repeated = Number(/table:number-columns-repeated="(\d+)"/.exec(attributes)?.[1] ?? 1);
      const cell = cellOf(attributes, content);
      for (let i = 0; i < Math.min(repeated, 1000); i += 1) cells.push(cell);
    }
    while (cells.at(-1)?.type === 'empty') cells.pop();
    const repeatedRows = Number(/table:number-rows-repeated="(\d+)"/.exec(rowAttributes)?.[1] ?? 1);
    for (let i = 0; i < Math.min(repeatedRows, 1000); i += 1) rows.push(cells);
  }
  while (rows.at(-1)?.length === 0) rows.pop();
  return rows;
}

function cellOf(attributes: string, content: string): CalcCell {
  const formula = /table:formula="([^"]*)"/.exec(attributes)?.[1];
  if (formula !== undefined) return { type: 'formula', formula: unescapeXml(formula) };
  const type = /office:value-type="([^"]+)"/.exec(attributes)?.[1];
  // A cell's lines are paragraphs; spaces Calc keeps are <text:s text:c="n"/>.
  const text = [...content.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
    .map(([, paragraph = '']) =>
      unescapeXml(
        paragraph
          .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n: string | undefined) =>
            ' '.repeat(Number(n ?? 1)),
          )
          .replace(/<text:line-break\/>/g, '\n')
          .replace(/<[^>]+>/g, ''),
      ),
    )
    .join('\n');
  if (type === 'float') {
    return { type: 'float', value: Number(/office:value="([^"]+)"/.exec(attributes)?.[1]), text };
  }
  if (type === undefined) return { type: 'empty' };
  return { type: 'string', text };
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, '&');
}
