import { AppError } from '../../errors.ts';
import { readNamedFile } from '../../fs/read-named-file.ts';
import { writeFileDurably } from '../../fs/write-file-durably.ts';
import {
  openWithPassphrase,
  sealWithPassphrase,
  type AskPassphrase,
  type SealOptions,
} from '../../keys/passphrase-seal.ts';
import type { StaffIdentity } from './staff-identity.ts';
import { parseSecretKeyText, secretKeyText } from './secret-keys-format.ts';

/** A backup is a few hundred bytes; anything much larger is not one, and is not read whole. */
const maxBackupBytes = 64 * 1024;

/**
 * Writes both staff keys as a standard passphrase-protected age file (`age -d FILE` opens it,
 * and `age -d -i FILE BATCH.age` decrypts a batch with it directly). Never overwrites a file,
 * readable by its owner only, and opened again before this returns: a backup that turns out
 * not to open on the day it is needed is worse than none, because it was trusted.
 */
export async function writeStaffKeyBackup(
  file: string,
  identity: StaffIdentity,
  passphrase: string,
  options?: SealOptions,
): Promise<void> {
  const sealed = await sealWithPassphrase(secretKeyText(identity), passphrase, options);
  await writeFileDurably(file, sealed, { mode: 0o600, exclusive: true });
  const reread = await readStaffKeyBackup(file, () => passphrase);
  if (secretKeyText(reread) !== secretKeyText(identity)) {
    throw new AppError(
      'storage_failed',
      `The backup ${file} does not read back as written; write it to another drive.`,
    );
  }
}

/**
 * The keys in a backup. The file is read and checked before the passphrase is asked for; a wrong
 * passphrase, or a file that is not a backup, says so.
 */
export async function readStaffKeyBackup(file: string, askPassphrase: AskPassphrase): Promise<StaffIdentity> {
  const bytes = await readNamedFile(`the backup ${file}`, file, maxBackupBytes);
  return parseSecretKeyText(
    await openWithPassphrase(bytes, askPassphrase, `the backup ${file}`),
    `The backup ${file}`,
  );
}
