import type { Migration } from '../../db/migration.ts';
import { defaultQuestionId, seedQuestions } from './007-data.ts';

/**
 * Reception's side of the kiosk. `question_bank` holds what reception knows about each question
 * id (its THL participation area, whether its wording is copied verbatim, whether it is archived,
 * its place in the list); the wordings themselves stay versioned in `questions`. `schedule` is one
 * JSON row checked by shared/schedule.ts on every read. `change_log` records who-knows-what
 * changed when, to the minute: settings, PIN, schedule and bank, never anything about a client.
 *
 * The bank starts with the seed questions (007-data.ts, frozen with this step) and a row for
 * every question id the kiosk already had, so the first question stays in the bank.
 */
export const bankScheduleChangeLog: Migration = {
  version: 7,
  name: 'bank-schedule-change-log',
  up(db) {
    db.exec(`
      CREATE TABLE question_bank (
        id TEXT PRIMARY KEY,
        area TEXT CHECK (area IN ('own-life', 'influencing', 'common-good')),
        verbatim INTEGER NOT NULL DEFAULT 0 CHECK (verbatim IN (0, 1)),
        archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
        position INTEGER NOT NULL
      ) STRICT;

      -- questions is keyed by (id, version), so a foreign key cannot point at an id alone.
      CREATE TRIGGER question_bank_needs_a_question BEFORE INSERT ON question_bank
      WHEN NOT EXISTS (SELECT 1 FROM questions WHERE id = NEW.id)
      BEGIN
        SELECT RAISE(ABORT, 'a question bank entry needs a stored question');
      END;

      CREATE TABLE schedule (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        value TEXT NOT NULL
      ) STRICT;

      CREATE TABLE change_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL
      ) STRICT;

      INSERT INTO question_bank (id, position)
        SELECT id, row_number() OVER (ORDER BY id = '${defaultQuestionId}' DESC, id) - 1 FROM questions GROUP BY id;
    `);

    const insertQuestion = db.prepare(
      'INSERT INTO questions (id, version, scale, texts, follow_ups, free_text) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    const insertEntry = db.prepare(
      'INSERT INTO question_bank (id, area, position) VALUES (?, ?, (SELECT count(*) FROM question_bank)) ON CONFLICT DO NOTHING',
    );
    for (const { question, area } of seedQuestions) {
      insertQuestion.run(
        question.id,
        question.version,
        question.scale,
        JSON.stringify(question.texts),
        JSON.stringify(question.followUps),
        question.freeText ? 1 : 0,
      );
      insertEntry.run(question.id, area);
    }

    const schedule = { defaultQuestionId, weekdays: {}, ranges: [], pickedToday: null };
    db.prepare('INSERT INTO schedule (singleton, value) VALUES (1, ?)').run(JSON.stringify(schedule));
  },
};
