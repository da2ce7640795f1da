import type { Database } from 'better-sqlite3';
import type { DashboardQuestion, ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import type { ParticipationArea } from '../../../../shared/participation-areas.ts';
import type { ScaleId } from '../../../../shared/scales.ts';
import { writeCsv, type CsvValue } from '../../csv/write-csv.ts';
import { buildDashboard } from '../reading/dashboard.ts';
import { shuffled } from '../../shuffled.ts';
import { valueLabel } from './value-label.ts';

/**
 * The columns of the row export. A row is one answer, and a row cannot pass a cell threshold the
 * way a count does: it is made coarse instead. It keeps what an analysis of the answers needs
 * (which question and wording, the value, the chip tapped after it, whether it was a quick repeat)
 * and the month and centre to group them by (a centre whose own count the dashboard hides is not
 * named), and leaves out everything that narrows an answer down to a visit: the kiosk (one kiosk
 * may stand in one room), the day, the day-part and hour, and the language (few answer in some
 * languages). Comments are not here at all: they have their own export with its hide rules.
 */
export const answerRowsCsvHeader = [
  'month',
  'centre',
  'question_id',
  'question_version',
  'item_code',
  'area',
  'question',
  'value',
  'value_label',
  'follow_up',
  'repeat',
] as const;

type AnswerRow = {
  month: string;
  centre: string | null;
  question_id: string;
  question_version: number;
  item_code: string | null;
  area: ParticipationArea | null;
  texts: string;
  scale: ScaleId;
  value: number;
  follow_up: string | null;
  repeat: number;
};

/**
 * One row per answer of approved kiosks under the filter, in a fresh random order. A wording
 * whose total under the filter the dashboard does not show (hidden, or under k) gives no rows:
 * a handful of rows would say more about a few people than any count the dashboard may show.
 */
export function answerRowsCsv(db: Database, filter: ReportFilter): string {
  const dashboard = buildDashboard(db, filter);
  const { minCellSize } = dashboard;
  const isShown = (count: number | null) => count !== null && count >= minCellSize;
  const shown = new Map(
    dashboard.questions
      .filter((question) => isShown(question.total))
      .map((question) => [question.wording, { question, centreShown: centresShown(question, isShown) }]),
  );
  const hiddenCentre = `piilotettu (alle ${minCellSize})`;
  const rows: CsvValue[][] = [];
  for (const row of answersUnder(db, filter, dashboard.range)) {
    const entry = shown.get(wordingKeyOf(row));
    if (!entry) continue;
    const { question, centreShown } = entry;
    rows.push([
      row.month,
      centreShown(row.centre) ? row.centre : hiddenCentre,
      row.question_id,
      row.question_version,
      row.item_code,
      row.area,
      question.texts.fi,
      row.value,
      valueLabel(row.scale, row.value),
      row.follow_up,
      row.repeat,
    ]);
  }
  return writeCsv(answerRowsCsvHeader, shuffled(rows));
}

/**
 * Whether rows may name a centre: only where the dashboard shows that centre's own count of the
 * wording under the filter. Where the place is one centre or kiosk, or all kiosks stand in one
 * centre, that count is the wording's total, shown; where all kiosks of several centres are
 * read, it is the centre's figure side by side, which the small-cell rule may hide. A centre
 * with a hidden count is not named, so its few rows cannot be picked out by its name.
 */
function centresShown(
  question: DashboardQuestion,
  isShown: (count: number | null) => boolean,
): (centre: string | null) => boolean {
  const centreParts = question.comparison.flatMap(({ place, total }) =>
    place.kind === 'centre' ? [{ centre: place.centre, total }] : [],
  );
  if (centreParts.length === 0) return () => true;
  const named = new Set(centreParts.filter(({ total }) => isShown(total)).map(({ centre }) => centre));
  return (centre) => named.has(centre);
}

/**
 * The key the reading tables give a wording (electron/core/staff/reading/answer-tables.ts): kiosks
 * asking a version in the same words and with the same tags share it.
 */
function wordingKeyOf(row: AnswerRow): string {
  return JSON.stringify([
    row.question_id,
    row.question_version,
    row.scale,
    row.texts,
    row.area,
    row.item_code,
  ]);
}

/** The answers the filter takes: its days, place, language and choice about repeats. */
function answersUnder(
  db: Database,
  { place, language, includeRepeats }: ReportFilter,
  range: { from: string; to: string } | null,
): AnswerRow[] {
  const where = ['k.approved = 1'];
  const parameters: (string | null)[] = [];
  if (range) {
    where.push('r.day BETWEEN ? AND ?');
    parameters.push(range.from, range.to);
  }
  if (place.kind === 'kiosk') {
    where.push('k.kiosk_id = ?');
    parameters.push(place.kioskId);
  } else if (place.kind === 'centre') {
    where.push('k.centre IS ?');
    parameters.push(place.centre);
  }
  if (language !== 'all') {
    where.push('r.language = ?');
    parameters.push(language);
  }
  if (!includeRepeats) where.push('r.repeat = 0');
  return db
    .prepare<(string | null)[], AnswerRow>(
      `SELECT substr(r.day, 1, 7) AS month, k.centre, r.question_id, r.question_version,
              q.item_code, q.area, q.texts, q.scale, r.value, r.follow_up, r.repeat
       FROM responses r
       JOIN kiosks k ON k.kiosk_id = r.kiosk_id
       JOIN questions q ON q.kiosk_id = r.kiosk_id AND q.id = r.question_id AND q.version = r.question_version
       WHERE ${where.join(' AND ')}`,
    )
    .all(...parameters);
}
