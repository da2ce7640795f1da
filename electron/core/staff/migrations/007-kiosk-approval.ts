import type { Migration } from '../../db/migration.ts';

/**
 * A kiosk's batches count only once staff approved its fingerprint; until then they are held
 * (verified and stored, but in no report or receipt). Kiosks already known were accepted on
 * first sight by earlier versions and their answers are already in reports, so they start
 * approved; when they were first seen was not recorded, so their first day stays empty.
 */
export const kioskApproval: Migration = {
  version: 7,
  name: 'kiosk-approval',
  up(db) {
    db.exec(`
      ALTER TABLE kiosks ADD COLUMN approved INTEGER NOT NULL DEFAULT 0 CHECK (approved IN (0, 1));
      ALTER TABLE kiosks ADD COLUMN first_seen_day TEXT;
      UPDATE kiosks SET approved = 1;
    `);
  },
};
