import type { Migration } from '../../db/migration.ts';
import { firstQuestionWithFollowUps } from './006-data.ts';

/**
 * Questions gain follow-up chips and a free-text switch; answers gain the chip chosen and the
 * repeat flag. The first question gets a second version with chips and easy-Finnish wording,
 * so answers given to version 1 are never mixed with the new one in a report.
 */
export const followUpsAndRepeat: Migration = {
  version: 6,
  name: 'follow-ups-and-repeat',
  up(db) {
    db.exec(`
      ALTER TABLE questions ADD COLUMN follow_ups TEXT NOT NULL DEFAULT '{"positive":[],"negative":[]}';
      ALTER TABLE questions ADD COLUMN free_text INTEGER NOT NULL DEFAULT 1 CHECK (free_text IN (0, 1));
      ALTER TABLE responses ADD COLUMN follow_up TEXT;
      ALTER TABLE responses ADD COLUMN repeat INTEGER NOT NULL DEFAULT 0 CHECK (repeat IN (0, 1));
    `);
    const question = firstQuestionWithFollowUps;
    db.prepare(
      'INSERT INTO questions (id, version, scale, texts, follow_ups, free_text) VALUES (?, ?, ?, ?, ?, ?)',
    ).run(
      question.id,
      question.version,
      question.scale,
      JSON.stringify(question.texts),
      JSON.stringify(question.followUps),
      question.freeText ? 1 : 0,
    );
  },
};
