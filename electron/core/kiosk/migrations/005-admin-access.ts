import type { Migration } from '../../db/migration.ts';

/**
 * Reception's PIN, as a scrypt hash, and the count of wrong tries with the lockout's end, kept in
 * the database so that restarting the kiosk does not reset a lockout. Nothing here is about clients.
 */
export const adminAccess: Migration = {
  version: 5,
  name: 'admin-access',
  up(db) {
    db.exec(`
      CREATE TABLE admin_access (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        pin_hash TEXT,
        wrong_tries INTEGER NOT NULL DEFAULT 0 CHECK (wrong_tries >= 0),
        locked_until TEXT
      ) STRICT;
      INSERT INTO admin_access (singleton) VALUES (1);
    `);
  },
};
