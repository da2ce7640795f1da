import type { Report } from '../../../shared/contract/index.ts';

/**
 * The report as CSV for a spreadsheet: one row per question and value plus a total row. A
 * suppressed count reads "<k". Texts are quoted, and a leading = + - @ is defused so a question
 * typed at a kiosk cannot run as a formula on the office PC.
 */
export function reportToCsv(report: Report): string {
  const hidden = `<${report.minCellSize}`;
  const rows: (string | number)[][] = [['question_id', 'question_version', 'question', 'value', 'count']];
  for (const q of report.questions) {
    for (const cell of q.cells)
      rows.push([q.questionId, q.questionVersion, q.texts.fi, cell.value, cell.count ?? hidden]);
    rows.push([q.questionId, q.questionVersion, q.texts.fi, 'total', q.total ?? hidden]);
  }
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replaceAll('"', '""')}"` : defused;
}
