import type { Migration } from '../../db/migration.ts';

/**
 * The first kiosk schema. Responses live in a WITHOUT ROWID table keyed by a random id, so not
 * even the file's physical order says which answer came first. `batch_seq` is bookkeeping (which
 * sealed batch carried the answer), not something about the client.
 */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up(db) {
    db.exec(`
      CREATE TABLE kiosk_identity (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        public_key TEXT NOT NULL,
        private_key TEXT NOT NULL
      ) STRICT;

      CREATE TABLE staff_recipients (
        age_recipient TEXT PRIMARY KEY,
        signing_key TEXT NOT NULL,
        fingerprint TEXT NOT NULL
      ) STRICT;

      CREATE TABLE questions (
        id TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        scale TEXT NOT NULL,
        texts TEXT NOT NULL,
        PRIMARY KEY (id, version)
      ) STRICT;

      CREATE TABLE batches (
        seq INTEGER PRIMARY KEY CHECK (seq >= 1),
        hash TEXT NOT NULL,
        file_name TEXT NOT NULL,
        ciphertext BLOB NOT NULL,
        response_count INTEGER NOT NULL,
        written INTEGER NOT NULL DEFAULT 0 CHECK (written IN (0, 1))
      ) STRICT;

      CREATE TABLE responses (
        id TEXT PRIMARY KEY,
        question_id TEXT NOT NULL,
        question_version INTEGER NOT NULL,
        value INTEGER NOT NULL,
        day TEXT NOT NULL,
        day_part TEXT NOT NULL CHECK (day_part IN ('morning', 'afternoon', 'evening')),
        batch_seq INTEGER REFERENCES batches (seq),
        FOREIGN KEY (question_id, question_version) REFERENCES questions (id, version)
      ) STRICT, WITHOUT ROWID;

      CREATE INDEX responses_pending ON responses (batch_seq) WHERE batch_seq IS NULL;
    `);
    // The first question, written out here so this step stays what it was when it shipped.
    db.prepare('INSERT INTO questions (id, version, scale, texts) VALUES (?, ?, ?, ?)').run(
      'visit-today',
      1,
      'smiley-5',
      JSON.stringify({
        fi: 'Millainen käyntisi oli tänään?',
        sv: 'Hur var ditt besök i dag?',
        en: 'How was your visit today?',
      }),
    );
  },
};
