import type { Migration } from '../../db/migration.ts';

/**
 * Questions are kept per kiosk. Reception edits its own kiosk's question bank, so two kiosks can
 * each make a version 2 of the same question with their own wording; keyed by id and version
 * alone, the second kiosk's batches were refused. Each kiosk's answers now point at its own
 * wording (kiosk, id, version), and the report puts identical wordings together.
 *
 * A question moves to every kiosk whose answers use it; one no answer uses is not kept (batches
 * carry the questions their answers need). `responses` is rebuilt because its foreign key names
 * the question's key. Old tables are dropped child first, so the foreign keys (on during
 * migrations) never see an answer without its question; the final renames carry the reference.
 */
export const questionsPerKiosk: Migration = {
  version: 8,
  name: 'questions-per-kiosk',
  up(db) {
    db.exec(`
      CREATE TABLE kiosk_questions (
        kiosk_id TEXT NOT NULL REFERENCES kiosks (kiosk_id),
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        scale TEXT NOT NULL,
        texts TEXT NOT NULL,
        follow_ups TEXT NOT NULL,
        free_text INTEGER NOT NULL CHECK (free_text IN (0, 1)),
        PRIMARY KEY (kiosk_id, id, version)
      ) STRICT;

      INSERT INTO kiosk_questions (kiosk_id, id, version, scale, texts, follow_ups, free_text)
      SELECT used.kiosk_id, q.id, q.version, q.scale, q.texts, q.follow_ups, q.free_text
      FROM questions q
      JOIN (SELECT DISTINCT kiosk_id, question_id, question_version FROM responses) used
        ON used.question_id = q.id AND used.question_version = q.version;

      CREATE TABLE kiosk_responses (
        id TEXT PRIMARY KEY,
        kiosk_id TEXT NOT NULL,
        batch_seq INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        question_version INTEGER NOT NULL,
        value INTEGER NOT NULL,
        day TEXT NOT NULL,
        day_part TEXT NOT NULL CHECK (day_part IN ('morning', 'afternoon', 'evening')),
        hour INTEGER CHECK (hour BETWEEN 0 AND 23),
        comment TEXT,
        follow_up TEXT,
        repeat INTEGER NOT NULL DEFAULT 0 CHECK (repeat IN (0, 1)),
        FOREIGN KEY (kiosk_id, batch_seq) REFERENCES batches (kiosk_id, seq),
        FOREIGN KEY (kiosk_id, question_id, question_version) REFERENCES kiosk_questions (kiosk_id, id, version)
      ) STRICT, WITHOUT ROWID;

      INSERT INTO kiosk_responses
        (id, kiosk_id, batch_seq, question_id, question_version, value, day, day_part, hour, comment, follow_up, repeat)
      SELECT id, kiosk_id, batch_seq, question_id, question_version, value, day, day_part, hour, comment, follow_up, repeat
      FROM responses;

      DROP TABLE responses;
      DROP TABLE questions;
      ALTER TABLE kiosk_responses RENAME TO responses;
      ALTER TABLE kiosk_questions RENAME TO questions;
      CREATE INDEX responses_by_question ON responses (question_id, question_version, value);
    `);
  },
};
