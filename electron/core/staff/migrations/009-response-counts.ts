import type { Migration } from '../../db/migration.ts';

/**
 * The report counts answers per kiosk, question version, value and repeat flag. Counting a
 * million answers at every look took seconds (docs/performance.md, P5), so the counts are kept
 * as batches are stored, in the batch's own transaction, and filled here from the answers
 * already stored. The index that served the old count is no longer read, and only slowed imports.
 */
export const responseCounts: Migration = {
  version: 9,
  name: 'response-counts',
  up(db) {
    db.exec(`
      CREATE TABLE response_counts (
        kiosk_id TEXT NOT NULL,
        question_id TEXT NOT NULL,
        question_version INTEGER NOT NULL,
        value INTEGER NOT NULL,
        repeat INTEGER NOT NULL CHECK (repeat IN (0, 1)),
        count INTEGER NOT NULL CHECK (count >= 1),
        PRIMARY KEY (kiosk_id, question_id, question_version, value, repeat),
        FOREIGN KEY (kiosk_id, question_id, question_version) REFERENCES questions (kiosk_id, id, version)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO response_counts (kiosk_id, question_id, question_version, value, repeat, count)
      SELECT kiosk_id, question_id, question_version, value, repeat, count(*)
      FROM responses GROUP BY kiosk_id, question_id, question_version, value, repeat;

      DROP INDEX responses_by_question;
    `);
  },
};
