import type { Database } from 'better-sqlite3';
import type { Input, Output } from '../../../../shared/contract/index.ts';
import { assertNewFile } from '../../fs/assert-new-file.ts';
import { staffPublicKey } from './staff-identity.ts';
import { writeStaffKeyBackup } from './backup-file.ts';
import { openStaffKeysFor } from './require-open-keys.ts';
import type { StaffKeyring } from './staff-keyring.ts';

/**
 * Another backup of the staff keys, for the manager to keep or to replace a lost stick. The app's
 * keys are sealed with a passphrase only its keyring knows, so `kuulluksi staff backup` cannot
 * make one: the running tool, which holds the keys open, does. Written under its own passphrase,
 * never over a file, and opened again before staff are told it is there.
 */
export async function backupStaffKeys(
  db: Database,
  keyring: StaffKeyring,
  { backupFile, backupPassphrase }: Input<'staff.backupKeys'>,
): Promise<Output<'staff.backupKeys'>> {
  await assertNewFile(backupFile, 'backupFile');
  const identity = await openStaffKeysFor(db, keyring, 'No backup was written');
  await writeStaffKeyBackup(backupFile, identity, backupPassphrase, keyring.sealing);
  return { keyCode: staffPublicKey(identity).fingerprint, backupFile };
}
