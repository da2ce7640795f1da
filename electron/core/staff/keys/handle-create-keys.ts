import type { Database } from 'better-sqlite3';
import { resolve } from 'node:path';
import type { Input, Output } from '../../../../shared/contract/index.ts';
import { AppError } from '../../errors.ts';
import { assertNewFile } from '../../fs/assert-new-file.ts';
import { generateStaffIdentity } from './staff-identity.ts';
import { writeStaffKeyBackup } from './backup-file.ts';
import { assertNoStaffKeys, storeStaffIdentity } from './sealed-key-store.ts';
import { writeStaffPublicKeyFile } from './write-public-key-file.ts';
import type { StaffKeyring } from './staff-keyring.ts';

/**
 * The staff tool's first run: new staff keys, never without a backup. Everything that could be
 * refused is checked before anything is written; then the backup is written and opened again
 * (under its own passphrase, which staff keep apart from it), then the public key file kiosks
 * are paired with, and only then are the keys kept, sealed with the launcher's passphrase.
 * Should keeping them fail, the backup just written restores them.
 */
export async function createStaffKeys(
  db: Database,
  keyring: StaffKeyring,
  { backupFile, backupPassphrase, publicKeyFile }: Input<'staff.createKeys'>,
): Promise<Output<'staff.createKeys'>> {
  assertNoStaffKeys(db);
  if (resolve(backupFile) === resolve(publicKeyFile)) {
    throw new AppError(
      'bad_request',
      'publicKeyFile: name another file than the backup; nothing was changed.',
    );
  }
  await assertNewFile(backupFile, 'backupFile');
  await assertNewFile(publicKeyFile, 'publicKeyFile');
  const passphrase = await keyring.passphrase();

  const identity = await generateStaffIdentity();
  await writeStaffKeyBackup(backupFile, identity, backupPassphrase, keyring.sealing);
  const publicKey = await writeStaffPublicKeyFile(publicKeyFile, identity);
  await storeStaffIdentity(db, identity, passphrase, keyring.sealing);
  keyring.remember(identity);
  return { keyCode: publicKey.fingerprint, backupFile, publicKeyFile };
}
