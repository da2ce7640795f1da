import type { Migration } from '../../db/migration.ts';

/** What kiosks reported about themselves (e.g. a damaged store set aside), by the batch that told. */
export const kioskNotices: Migration = {
  version: 2,
  name: 'kiosk-notices',
  up(db) {
    db.exec(`
      CREATE TABLE kiosk_notices (
        kiosk_id TEXT NOT NULL,
        batch_seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        day TEXT NOT NULL,
        FOREIGN KEY (kiosk_id, batch_seq) REFERENCES batches (kiosk_id, seq)
      ) STRICT;
    `);
  },
};
