import type { Row } from './row.ts';

const headings = ['id', 'measure', 'value', 'goal', 'met'] as const;

/** The rows as one plain-text table, values with their units, a goal missed marked plainly. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.id,
    row.measure,
    `${formatNumber(row.value)} ${row.unit}`,
    row.goal === null ? '–' : `≤ ${formatNumber(row.goal)} ${row.unit}`,
    row.met === null ? '' : row.met ? 'yes' : 'NO',
  ]);
  const widths = headings.map((heading, column) =>
    Math.max(heading.length, ...cells.map((line) => line[column]!.length)),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, column) => value.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(headings), line(widths.map((width) => '-'.repeat(width))), ...cells.map(line)].join('\n');
}

/** Three significant figures or so, without trailing zeros: 1234, 53.1, 1.04. */
function formatNumber(value: number): string {
  const magnitude = Math.abs(value);
  return String(Number(value.toFixed(magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2)));
}
