import type { Migration } from '../../db/migration.ts';

/**
 * Things staff must hear about the kiosk's own store, such as a damaged database set aside.
 * Each is carried to staff by the next sealed batch (`batch_seq`), and shown on the admin screen.
 */
export const storeEvents: Migration = {
  version: 2,
  name: 'store-events',
  up(db) {
    db.exec(`
      CREATE TABLE store_events (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('store-set-aside')),
        day TEXT NOT NULL,
        batch_seq INTEGER REFERENCES batches (seq)
      ) STRICT;
    `);
  },
};
