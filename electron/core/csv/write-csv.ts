/**
 * CSV as the office PCs of a Finnish day centre open it: UTF-8 with a byte order mark (without
 * one Excel reads ä and ö as two characters each), fields separated by semicolons (a Finnish
 * Excel splits on its list separator, which is ";" where the comma is the decimal mark; LibreOffice
 * asks or detects), CRLF line ends and RFC 4180 quoting. A text starting with = + - @ or a tab is
 * prefixed with ' so words a client or reception typed can never run as a formula.
 */
export const csvSeparator = ';';
const byteOrderMark = '\uFEFF';

export type CsvValue = string | number | null;

/** The whole file: a header row and the data rows; null is an empty cell. */
export function writeCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  const lines = [header.map(csvField).join(csvSeparator)];
  for (const row of rows) lines.push(row.map(csvField).join(csvSeparator));
  return byteOrderMark + lines.join('\r\n') + '\r\n';
}

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(defused) || /^\s|\s$/.test(defused)
    ? `"${defused.replaceAll('"', '""')}"`
    : defused;
}
