import type { Migration } from '../../db/migration.ts';

/**
 * Where the held batches of a kiosk not approved yet were imported from (a stick's folder), so
 * that approving it can leave its receipt there at once instead of at the next import. Only
 * folders on the staff PC: nothing about any client. Batches held before this step have no
 * folder; their kiosk's receipt waits for the next import, as it did before.
 */
export const heldBatchFolders: Migration = {
  version: 10,
  name: 'held-batch-folders',
  up(db) {
    db.exec(`
      CREATE TABLE held_batch_folders (
        kiosk_id TEXT NOT NULL REFERENCES kiosks (kiosk_id),
        folder TEXT NOT NULL,
        PRIMARY KEY (kiosk_id, folder)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
