import type { Migration } from '../../db/migration.ts';

/**
 * Kiosks that deliver their batches over the centre's network (docs/lan.md).
 *
 * `lan_receiver` is the receiver's own Ed25519 key, made on first use and kept unsealed like an
 * SSH host key: it signs replies to kiosks, so a PC that only collects can answer without the
 * staff passphrase; it opens no batch and signs no receipt.
 *
 * `lan_kiosks` holds each kiosk key that asked to pair: waiting until staff compare its code and
 * approve, then paired. Its last contact is kept to the minute with the network address it came
 * from, which is how a new key asking from a paired kiosk's address is noticed (`replaces`).
 * These describe kiosk machines, never a client.
 *
 * `lan_updates` is the newest update envelope made for each kiosk, sent at its next contact; a
 * kiosk's `applied_serial` is the newest it said it applied, so the next one is numbered past it
 * even when this staff store is newer than the kiosk's pairing (keys restored on a new PC).
 * `kiosks.last_stick_day` is the day a stick last brought its batches, so the Kiosks list can say
 * by which route each kiosk was last heard from. `batches.file_hash` is the SHA-256 of the file a
 * batch was stored from, the name a kiosk delivers it under: a receiver without the staff keys
 * can check it, and a batch staff hold already is recognised by it (empty for batches stored
 * earlier: a copy of one delivered again imports as a duplicate instead).
 */
export const lan: Migration = {
  version: 11,
  name: 'lan',
  up(db) {
    db.exec(`
      CREATE TABLE lan_receiver (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        public_key TEXT NOT NULL,
        private_key TEXT NOT NULL,
        name TEXT CHECK (length(name) BETWEEN 1 AND 100)
      ) STRICT;

      CREATE TABLE lan_kiosks (
        kiosk_id TEXT PRIMARY KEY,
        public_key TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL CHECK (state IN ('waiting', 'paired')),
        asked_at TEXT NOT NULL,
        last_contact_at TEXT NOT NULL,
        last_address TEXT NOT NULL,
        waiting_batches INTEGER CHECK (waiting_batches >= 0),
        applied_serial INTEGER CHECK (applied_serial >= 0),
        replaces TEXT
      ) STRICT;

      CREATE TABLE lan_updates (
        kiosk_id TEXT PRIMARY KEY,
        serial INTEGER NOT NULL CHECK (serial >= 1),
        envelope TEXT NOT NULL
      ) STRICT;

      ALTER TABLE kiosks ADD COLUMN last_stick_day TEXT;
      ALTER TABLE batches ADD COLUMN file_hash TEXT;
      CREATE INDEX batches_by_file_hash ON batches (file_hash);
    `);
  },
};
