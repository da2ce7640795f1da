import { randomBytes } from 'node:crypto';
import { AppError } from '../core/errors.ts';
import { readFileCapped } from '../core/fs/read-file-capped.ts';
import { writeFileDurably } from '../core/fs/write-file-durably.ts';

/** The part of Electron's safeStorage this needs; passed in, so this is tested without Electron. */
export type SecretStorage = {
  isEncryptionAvailable(): boolean;
  /** Linux only: `basic_text` means no keyring was found and the "encryption" is a fixed key. */
  getSelectedStorageBackend?(): string;
  encryptString(text: string): Buffer;
  decryptString(bytes: Buffer): string;
};

const passphrasePattern = /^[A-Za-z0-9_-]{43}$/;

/**
 * The passphrase the app seals the staff keys with, in place of one typed at a prompt: 32 random
 * bytes made on first use and kept only as the operating system encrypts them for this user
 * (DPAPI, Keychain, a Linux keyring) in `file`, in the app's user data folder. A copy of the
 * data folder, or of this file, opens nothing on another machine or account. Staff never see
 * it; what survives a lost PC is the key backup, under a passphrase staff chose.
 */
export async function loadOrCreateAppPassphrase(file: string, storage: SecretStorage): Promise<string> {
  if (!storage.isEncryptionAvailable() || storage.getSelectedStorageBackend?.() === 'basic_text') {
    throw new AppError(
      'not_ready',
      'This computer offers no protected storage for the staff key passphrase (on Linux, a keyring such as GNOME Keyring or KWallet is needed). Set one up, or use the kuulluksi command with a passphrase.',
    );
  }
  const stored = await readFileCapped(file, 4096).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw new AppError(
      'storage_failed',
      `The staff key passphrase file ${file} cannot be read: ${error.message}.`,
    );
  });
  if (stored === null) {
    const passphrase = randomBytes(32).toString('base64url');
    await writeFileDurably(file, storage.encryptString(passphrase), { mode: 0o600, exclusive: true });
    return passphrase;
  }
  let passphrase: string;
  try {
    passphrase = storage.decryptString(stored);
  } catch {
    passphrase = '';
  }
  if (!passphrasePattern.test(passphrase)) {
    throw new AppError(
      'storage_failed',
      `The staff key passphrase in ${file} cannot be opened by this user on this computer (was it copied from elsewhere?). Restore the staff keys from their backup into a new data folder.`,
    );
  }
  return passphrase;
}
