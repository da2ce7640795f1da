import type { Migration } from '../../db/migration.ts';

/**
 * Settings as key/value rows (values are JSON, checked by shared/kiosk-settings.ts), the hour of
 * an answer for centres that choose it (NULL otherwise), and the day a batch was written out,
 * from which the retention period runs.
 */
export const settingsAndHour: Migration = {
  version: 3,
  name: 'settings-and-hour',
  up(db) {
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      ALTER TABLE responses ADD COLUMN hour INTEGER CHECK (hour BETWEEN 0 AND 23);
      ALTER TABLE batches ADD COLUMN written_day TEXT;
    `);
  },
};
