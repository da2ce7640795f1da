import type { Database } from 'better-sqlite3';
import type { ReportTexts } from '../../../../shared/contract/staff-social-report.ts';
import { periodRange, type ReportPeriod } from '../../../../shared/report-period.ts';

/** The words staff typed for a period; empty until they typed some. */
export function readReportTexts(db: Database, period: ReportPeriod): ReportTexts {
  const row = db
    .prepare<[string], { panel_words: string; centre_changes: string }>(
      'SELECT panel_words, centre_changes FROM report_texts WHERE period = ?',
    )
    .get(periodKeyOf(period));
  return { period, panelWords: row?.panel_words ?? '', centreChanges: row?.centre_changes ?? '' };
}

/** Stores both texts of a period at once (the contract checked their length; the table checks again). */
export function saveReportTexts(db: Database, texts: ReportTexts): ReportTexts {
  db.prepare(
    `INSERT INTO report_texts (period, panel_words, centre_changes) VALUES (?, ?, ?)
     ON CONFLICT (period) DO UPDATE SET panel_words = excluded.panel_words, centre_changes = excluded.centre_changes`,
  ).run(periodKeyOf(texts.period), texts.panelWords, texts.centreChanges);
  return readReportTexts(db, texts.period);
}

/**
 * A period's row: its first and last day (`2026-10-01/2026-12-31`), or `all`. Periods lie on one
 * calendar grid, so no two share their days.
 */
function periodKeyOf(period: ReportPeriod): string {
  const range = periodRange(period);
  return range ? `${range.from}/${range.to}` : 'all';
}
