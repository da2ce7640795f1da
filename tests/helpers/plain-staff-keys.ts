import { join } from 'node:path';
import { openDatabase } from '../../electron/core/db/open-database.ts';
import type { StaffIdentity } from '../../electron/core/staff/keys/staff-identity.ts';
import { staffMigrations } from '../../electron/core/staff/migrations/index.ts';
import { staffDatabaseFile } from '../../electron/core/staff/open-staff.ts';

/** A staff data folder as Kuulluksi left it before keys were sealed: schema 5, keys in plain columns. */
export function writePlainKeyStaffFolder(dataDir: string, identity: StaffIdentity): void {
  const old = openDatabase(join(dataDir, staffDatabaseFile), staffMigrations.slice(0, 5));
  old
    .prepare(
      'INSERT INTO staff_identity (singleton, age_identity, age_recipient, signing_public_key, signing_private_key) VALUES (1, ?, ?, ?, ?)',
    )
    .run(
      identity.ageIdentity,
      identity.ageRecipient,
      identity.signing.publicKey,
      identity.signing.privateKey,
    );
  old.close();
}
