import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretStorage } from '../../electron/shell/staff-passphrase.ts';

/**
 * Stands in for Electron's safeStorage (which needs Electron): real AES-GCM under a key only
 * this "user account" holds. `backend` is what Linux would report; `basic_text` means no keyring.
 */
export function accountStorage(backend = 'gnome_libsecret'): SecretStorage {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      return Buffer.concat([iv, cipher.update(text, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    },
    decryptString(bytes) {
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(-16));
      return Buffer.concat([decipher.update(bytes.subarray(12, -16)), decipher.final()]).toString('utf8');
    },
  };
}
