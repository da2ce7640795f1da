import { z } from 'zod';
import { assertNewFile } from '../core/fs/assert-new-file.ts';
import { generateStaffIdentity } from '../core/staff/keys/staff-identity.ts';
import { writeStaffKeyBackup } from '../core/staff/keys/backup-file.ts';
import { storeStaffIdentity } from '../core/staff/keys/sealed-key-store.ts';
import { writeStaffPublicKeyFile } from '../core/staff/keys/write-public-key-file.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';
import { assertNoStaffKeysIn } from './staff-preflight.ts';
import { backupPassphraseFileOption, passphraseFileOption, passphraseFrom } from './staff-passphrase.ts';

export const staffInit = defineCommand({
  name: 'staff init',
  summary:
    'Create the staff keys (sealed with a passphrase), their backup, and the public key file kiosks are paired with. The backup is a passphrase-protected age file, written and checked before the keys are kept.',
  options: {
    data: dataOption,
    out: {
      type: 'string',
      value: 'FILE',
      description: 'where to write the public staff key file (never overwritten)',
    },
    backup: {
      type: 'string',
      value: 'FILE',
      description: 'where to write the key backup: put it on another drive (never overwritten)',
    },
    'passphrase-file': passphraseFileOption,
    'backup-passphrase-file': backupPassphraseFileOption,
  },
  schema: z.object({
    data: requiredPath('data'),
    out: requiredPath('out'),
    backup: requiredPath('backup'),
    'passphrase-file': requiredPath('passphrase-file').optional(),
    'backup-passphrase-file': requiredPath('backup-passphrase-file').optional(),
  }),
  async run(args) {
    const { data, out, backup } = args;
    await assertNewFile(out, '--out');
    await assertNewFile(backup, '--backup');
    await assertNoStaffKeysIn(data);
    const passphrase = await passphraseFrom({
      file: args['passphrase-file'],
      flag: 'passphrase-file',
      protects: 'the staff keys',
      isNew: true,
    })();
    const backupPassphrase = await passphraseFrom({
      file: args['backup-passphrase-file'],
      flag: 'backup-passphrase-file',
      protects: 'the key backup',
      isNew: true,
    })();
    // The backup is written and read back before the keys are kept: losing this PC must never
    // lose a batch, so there are no staff keys without a backup.
    const identity = await generateStaffIdentity();
    await writeStaffKeyBackup(backup, identity, backupPassphrase);
    await withStaff(data, false, (staff) => storeStaffIdentity(staff.db, identity, passphrase));
    const publicKey = await writeStaffPublicKeyFile(out, identity);
    process.stdout.write(
      [
        `Staff keys created. Staff key code: ${publicKey.fingerprint}`,
        `Key backup: ${backup} (opened again and checked). Keep it away from this PC, and its passphrase apart from it.`,
        `Public staff key file: ${out}`,
        `Pair each kiosk with it: kuulluksi kiosk pair --data KIOSK_DIR --staff ${out}`,
      ].join('\n') + '\n',
    );
  },
});
