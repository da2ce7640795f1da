import type { Migration } from '../../db/migration.ts';

/**
 * The staff PC this kiosk delivers to over the LAN (docs/lan.md), and how each batch left.
 *
 * `lan_receiver` is one row at most: the address typed or found, the receiver key people compared
 * (pinned: a reply signed by another key stops all sending), the name it announced, the staff keys
 * its hello listed (added to `staff_recipients` only once staff approve), the state of the pairing,
 * the newest update serial applied, and when the kiosk last got through and what last went wrong,
 * both to the minute. Everything here is about two machines talking; nothing is about a client.
 *
 * `batches.route` says how a written batch left: on a stick, or over the LAN. Both routes mark a
 * batch written, so a receipt forgets the same batches whichever way they went. Batches written
 * before this step went on a stick.
 */
export const lanReceiver: Migration = {
  version: 9,
  name: 'lan-receiver',
  up(db) {
    db.exec(`
      CREATE TABLE lan_receiver (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        address TEXT NOT NULL,
        receiver_key TEXT NOT NULL,
        name TEXT NOT NULL,
        staff_keys TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('waiting', 'paired', 'key-changed', 'forgotten-by-staff')),
        applied_serial INTEGER NOT NULL DEFAULT 0 CHECK (applied_serial >= 0),
        last_contact_at TEXT,
        problem TEXT,
        problem_detail TEXT,
        problem_at TEXT
      ) STRICT;

      ALTER TABLE batches ADD COLUMN route TEXT CHECK (route IN ('stick', 'lan'));
      UPDATE batches SET route = 'stick' WHERE written = 1;
    `);
  },
};
