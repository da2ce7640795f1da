import type { Database } from 'better-sqlite3';
import { AppError } from '../../errors.ts';
import {
  openWithPassphrase,
  sealWithPassphrase,
  type AskPassphrase,
  type SealOptions,
} from '../../keys/passphrase-seal.ts';
import { describeStaffKey, type StaffKeyFile } from '../../keys/staff-public-key-format.ts';
import type { StaffIdentity } from './staff-identity.ts';
import { parseSecretKeyText, secretKeyText } from './secret-keys-format.ts';

type KeysRow = {
  age_recipient: string;
  signing_public_key: string;
  sealed_keys: Buffer | null;
  age_identity: string | null;
  signing_private_key: string | null;
};

/** What the data folder holds: no keys yet, keys sealed with a passphrase, or plain keys an older version left. */
export type StaffKeysState = 'none' | 'sealed' | 'plain';

const readRow = (db: Database) => db.prepare<[], KeysRow>('SELECT * FROM staff_identity').get();
const storeName = 'the staff keys in this data folder';

export function staffKeysState(db: Database): StaffKeysState {
  const row = readRow(db);
  if (!row) return 'none';
  return row.sealed_keys === null ? 'plain' : 'sealed';
}

/** The public half of the staff signing key, readable while the keys are sealed; null with no keys. */
export function storedSigningPublicKey(db: Database): string | null {
  return readRow(db)?.signing_public_key ?? null;
}

/** The public staff key file kiosks are paired with, readable while the keys are sealed; null with no keys. */
export function storedStaffPublicKey(db: Database): StaffKeyFile | null {
  const row = readRow(db);
  return row ? describeStaffKey(row.age_recipient, row.signing_public_key) : null;
}

/** Refuses to replace keys: every batch encrypted to them would become unreadable. */
export function assertNoStaffKeys(db: Database): void {
  if (staffKeysState(db) !== 'none') {
    throw new AppError(
      'conflict',
      'This staff data folder already has keys; they are kept, not replaced. Use a new, empty folder.',
    );
  }
}

/**
 * Stores keys sealed with a passphrase (a passphrase-protected age file in the database), so a
 * copy of the data folder alone decrypts nothing. Refuses a folder that already has keys.
 */
export async function storeStaffIdentity(
  db: Database,
  identity: StaffIdentity,
  passphrase: string,
  options?: SealOptions,
): Promise<void> {
  assertNoStaffKeys(db);
  const sealed = await sealWithPassphrase(secretKeyText(identity), passphrase, options);
  db.transaction(() => {
    assertNoStaffKeys(db);
    db.prepare(
      'INSERT INTO staff_identity (singleton, age_recipient, signing_public_key, sealed_keys) VALUES (1, ?, ?, ?)',
    ).run(identity.ageRecipient, identity.signing.publicKey, sealed);
  })();
}

/**
 * Opens the sealed keys. The passphrase is asked for only once it is clear there are sealed keys
 * to open, so a folder without keys, or with plain ones, is named before anyone types. A wrong
 * passphrase changes nothing.
 */
export async function unlockStaffIdentity(
  db: Database,
  askPassphrase: AskPassphrase,
): Promise<StaffIdentity> {
  const row = readRow(db);
  if (!row) {
    throw new AppError(
      'not_ready',
      'This staff data folder has no keys yet: run "kuulluksi staff init" (or "kuulluksi staff restore" from a backup) first.',
    );
  }
  if (row.sealed_keys === null) {
    throw new AppError(
      'not_ready',
      'The staff keys in this data folder are stored unprotected by an older Kuulluksi. Protect them with a passphrase once: run "kuulluksi staff protect-keys".',
    );
  }
  const identity = await parseSecretKeyText(
    await openWithPassphrase(row.sealed_keys, askPassphrase, storeName),
    'The staff key store',
  );
  if (identity.ageRecipient !== row.age_recipient || identity.signing.publicKey !== row.signing_public_key) {
    throw new AppError(
      'storage_failed',
      'The sealed staff keys do not match the public keys stored beside them; the database is damaged. Restore the keys from a backup into a new folder.',
    );
  }
  return identity;
}

/**
 * Seals plain keys an older version stored, once, with a passphrase chosen now, and wipes the
 * plain copy as far as SQLite can: secure_delete zeroes what the update frees, VACUUM drops the
 * free pages (the table rebuild of migration 6 left a copy there), and the WAL is truncated.
 */
export async function protectPlainKeys(
  db: Database,
  askPassphrase: AskPassphrase,
  options?: SealOptions,
): Promise<StaffIdentity> {
  const row = readRow(db);
  if (!row)
    throw new AppError(
      'not_ready',
      'This staff data folder has no keys to protect: run "kuulluksi staff init" first.',
    );
  if (row.sealed_keys !== null)
    throw new AppError(
      'conflict',
      'The staff keys in this data folder are already protected by a passphrase; nothing was changed.',
    );
  const identity: StaffIdentity = {
    ageIdentity: row.age_identity!,
    ageRecipient: row.age_recipient,
    signing: { publicKey: row.signing_public_key, privateKey: row.signing_private_key! },
  };
  // The plain keys are checked as a backup would be: sealing damaged keys would hide the damage.
  await parseSecretKeyText(secretKeyText(identity), 'The unprotected staff keys');
  const sealed = await sealWithPassphrase(secretKeyText(identity), await askPassphrase(), options);
  db.pragma('secure_delete = ON');
  const { changes } = db
    .prepare(
      'UPDATE staff_identity SET sealed_keys = ?, age_identity = NULL, signing_private_key = NULL WHERE sealed_keys IS NULL',
    )
    .run(sealed);
  if (changes !== 1)
    throw new AppError(
      'conflict',
      'The staff keys were protected by another command meanwhile; nothing was changed.',
    );
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return identity;
}
