import type { Migration } from '../../db/migration.ts';

/**
 * Staff secret keys are kept sealed: `sealed_keys` is a passphrase-protected age file (see
 * staff/keys/sealed-key-store.ts). Until now they sat in plain columns. A migration cannot ask anyone for a
 * passphrase, so it only makes room: the plain columns may now be empty, and a row holds either
 * sealed keys or (from an older version) plain ones, never both. Plain keys are not used as
 * they are: Kuulluksi refuses them and asks IT to run `kuulluksi staff protect-keys` once, which
 * seals them with a passphrase chosen then and wipes the plain copy. Sealing them silently with
 * whatever passphrase came first would leave staff not knowing which one it was.
 */
export const sealedStaffKeys: Migration = {
  version: 6,
  name: 'sealed-staff-keys',
  up(db) {
    db.exec(`
      CREATE TABLE staff_identity_sealed (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        age_recipient TEXT NOT NULL,
        signing_public_key TEXT NOT NULL,
        sealed_keys BLOB,
        age_identity TEXT,
        signing_private_key TEXT,
        CHECK ((sealed_keys IS NULL) = (age_identity IS NOT NULL)),
        CHECK ((age_identity IS NULL) = (signing_private_key IS NULL))
      ) STRICT;
      INSERT INTO staff_identity_sealed (singleton, age_recipient, signing_public_key, age_identity, signing_private_key)
        SELECT singleton, age_recipient, signing_public_key, age_identity, signing_private_key FROM staff_identity;
      DROP TABLE staff_identity;
      ALTER TABLE staff_identity_sealed RENAME TO staff_identity;
    `);
  },
};
