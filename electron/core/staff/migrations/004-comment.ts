import type { Migration } from '../../db/migration.ts';

/** A client's free-text comment, as scrubbed on the kiosk and again on import. */
export const comment: Migration = {
  version: 4,
  name: 'comment',
  up(db) {
    db.exec('ALTER TABLE responses ADD COLUMN comment TEXT');
  },
};
