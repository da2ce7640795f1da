import type { Migration } from '../../db/migration.ts';

/**
 * The first staff schema. A kiosk is known by its key's fingerprint; a batch by kiosk and
 * sequence number, with its hash so a second copy is recognised and a forged one refused.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE staff_identity (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        age_identity TEXT NOT NULL,
        age_recipient TEXT NOT NULL,
        signing_public_key TEXT NOT NULL,
        signing_private_key TEXT NOT NULL
      ) STRICT;

      CREATE TABLE kiosks (
        kiosk_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL
      ) STRICT;

      CREATE TABLE batches (
        kiosk_id TEXT NOT NULL REFERENCES kiosks (kiosk_id),
        seq INTEGER NOT NULL CHECK (seq >= 1),
        hash TEXT NOT NULL,
        prev_hash TEXT,
        response_count INTEGER NOT NULL,
        PRIMARY KEY (kiosk_id, seq)
      ) STRICT;

      CREATE TABLE questions (
        id TEXT NOT NULL,
        version INTEGER NOT NULL,
        scale TEXT NOT NULL,
        texts TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      CREATE TABLE responses (
        id TEXT PRIMARY KEY,
        kiosk_id TEXT NOT NULL,
        batch_seq INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        question_version INTEGER NOT NULL,
        value INTEGER NOT NULL,
        day TEXT NOT NULL,
        day_part TEXT NOT NULL CHECK (day_part IN ('morning', 'afternoon', 'evening')),
        FOREIGN KEY (kiosk_id, batch_seq) REFERENCES batches (kiosk_id, seq),
        FOREIGN KEY (question_id, question_version) REFERENCES questions (id, version)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX responses_by_question ON responses (question_id, question_version, value);
    `);
  },
};
