import type { Migration } from '../../db/migration.ts';

/** Questions carry their follow-up chips (for the report's labels); answers the chip and the repeat flag. */
export const followUpsAndRepeat: Migration = {
  version: 5,
  name: 'follow-ups-and-repeat',
  up(db) {
    db.exec(`
      ALTER TABLE questions ADD COLUMN follow_ups TEXT NOT NULL DEFAULT '{"positive":[],"negative":[]}';
      ALTER TABLE questions ADD COLUMN free_text INTEGER NOT NULL DEFAULT 1 CHECK (free_text IN (0, 1));
      ALTER TABLE responses ADD COLUMN follow_up TEXT;
      ALTER TABLE responses ADD COLUMN repeat INTEGER NOT NULL DEFAULT 0 CHECK (repeat IN (0, 1));
    `);
  },
};
