import type { Migration } from '../../db/migration.ts';

/** A client's free-text comment on an answer, stored only after scrubbing (shared/scrub). */
export const comment: Migration = {
  version: 4,
  name: 'comment',
  up(db) {
    db.exec('ALTER TABLE responses ADD COLUMN comment TEXT');
  },
};
