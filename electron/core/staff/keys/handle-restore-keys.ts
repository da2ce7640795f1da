import type { Database } from 'better-sqlite3';
import type { Input, Output } from '../../../../shared/contract/index.ts';
import { staffPublicKey } from './staff-identity.ts';
import { readStaffKeyBackup } from './backup-file.ts';
import { assertNoStaffKeys, storeStaffIdentity } from './sealed-key-store.ts';
import type { StaffKeyring } from './staff-keyring.ts';

/**
 * A new staff PC: the keys from their backup, sealed with the launcher's passphrase. Kiosks
 * paired with them need nothing new, and every batch sent to them imports here. A wrong backup
 * passphrase, or a file that is not a backup, stores nothing.
 */
export async function restoreStaffKeys(
  db: Database,
  keyring: StaffKeyring,
  { backupFile, backupPassphrase }: Input<'staff.restoreKeys'>,
): Promise<Output<'staff.restoreKeys'>> {
  assertNoStaffKeys(db);
  const passphrase = await keyring.passphrase();
  const identity = await readStaffKeyBackup(backupFile, () => backupPassphrase);
  await storeStaffIdentity(db, identity, passphrase, keyring.sealing);
  keyring.remember(identity);
  return { keyCode: staffPublicKey(identity).fingerprint };
}
