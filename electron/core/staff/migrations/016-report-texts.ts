import type { Migration } from '../../db/migration.ts';

/**
 * What staff type into the social report for one period: the client panel's own words and what
 * the centre changed. Keyed by the period's first and last day (`2026-10-01/2026-12-31`, or `all`;
 * shared/report-period.ts), so the report of a quarter always shows that quarter's words.
 */
export const reportTexts: Migration = {
  version: 16,
  name: 'report-texts',
  up(db) {
    db.exec(`
      CREATE TABLE report_texts (
        period TEXT PRIMARY KEY,
        panel_words TEXT NOT NULL CHECK (length(panel_words) <= 4000),
        centre_changes TEXT NOT NULL CHECK (length(centre_changes) <= 4000)
      ) STRICT;
    `);
  },
};
