import type { Migration } from '../../db/migration.ts';

/** The hour of an answer, for kiosks whose centre chose hourly time (NULL otherwise). */
export const hour: Migration = {
  version: 3,
  name: 'hour',
  up(db) {
    db.exec('ALTER TABLE responses ADD COLUMN hour INTEGER CHECK (hour BETWEEN 0 AND 23)');
  },
};
