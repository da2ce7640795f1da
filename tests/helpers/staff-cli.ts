import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Passphrase files for driving the staff commands as a script would: the staff commands take a
 * passphrase only from a file or a terminal, never as a command-line value. Written into `dir`
 * (created if missing), where the key backup goes too: keep it apart from folders imported from.
 */
export function staffPassphraseFiles(dir: string) {
  mkdirSync(dir, { recursive: true });
  const passphraseFile = join(dir, 'staff-passphrase.txt');
  const backupPassphraseFile = join(dir, 'backup-passphrase.txt');
  writeFileSync(passphraseFile, 'staff passphrase for tests\n', { mode: 0o600 });
  writeFileSync(backupPassphraseFile, 'backup passphrase for tests\n', { mode: 0o600 });
  return {
    passphraseFile,
    backupPassphraseFile,
    /** For commands that open the staff keys: import, export-identity, backup. */
    unlock: ['--passphrase-file', passphraseFile],
    /** For `staff init`: both passphrases and where the key backup goes. */
    init: (backup = join(dir, 'staff-key-backup.age')) => [
      '--passphrase-file',
      passphraseFile,
      '--backup-passphrase-file',
      backupPassphraseFile,
      '--backup',
      backup,
    ],
  };
}
