import type { Migration } from '../../db/migration.ts';

/**
 * What staff read answers by (docs/batch-format.md, version 3). An answer keeps the language the
 * kiosk's screen was in when the client answered: one of four, in the answer's own slot, read
 * through the `responses` view. Answers stored before this step have none, and the view reads
 * them as NULL: a language is never guessed. A question version gains its item code (a code from
 * a national feedback set such as THL's), part of the version as sealed: a changed code is a new
 * version, so every answer keeps the code of the question it answered. Versions stored before
 * this step have none.
 *
 * The view is written out whole, as migration 8 wrote it plus `language`: a shipped step never
 * takes its SQL from code that may change.
 */
export const answerLanguageAndItemCode: Migration = {
  version: 10,
  name: 'answer-language-and-item-code',
  up(db) {
    db.exec(`
      ALTER TABLE questions ADD COLUMN item_code TEXT;

      DROP VIEW responses;
      CREATE VIEW responses AS
        SELECT
          a.value ->> '$.id' AS id,
          a.value ->> '$.question_id' AS question_id,
          a.value ->> '$.question_version' AS question_version,
          a.value ->> '$.value' AS value,
          a.value ->> '$.day' AS day,
          a.value ->> '$.day_part' AS day_part,
          a.value ->> '$.hour' AS hour,
          c.value ->> '$' AS comment,
          a.value ->> '$.follow_up' AS follow_up,
          a.value ->> '$.repeat' AS repeat,
          a.value ->> '$.batch_seq' AS batch_seq,
          a.value ->> '$.language' AS language
        FROM answer_slots AS a
        LEFT JOIN comment_slots AS c ON c.slot = a.value ->> '$.comment_slot'
        WHERE substr(a.value, 1, 4) <> 'null';
    `);
  },
};
