import { z } from 'zod';
import { assertNewFile } from '../core/fs/assert-new-file.ts';
import { writeStaffKeyBackup } from '../core/staff/keys/backup-file.ts';
import { unlockStaffIdentity } from '../core/staff/keys/sealed-key-store.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';
import {
  backupPassphraseFileOption,
  passphraseFileOption,
  passphraseFrom,
  staffKeysPassphrase,
} from './staff-passphrase.ts';

export const staffBackup = defineCommand({
  name: 'staff backup',
  summary:
    'Write both staff keys to a new backup file under its own passphrase. It is a standard age file; restore it on another PC with "kuulluksi staff restore".',
  options: {
    data: dataOption,
    out: {
      type: 'string',
      value: 'FILE',
      description: 'where to write the backup: put it on another drive (never overwritten)',
    },
    'passphrase-file': passphraseFileOption,
    'backup-passphrase-file': backupPassphraseFileOption,
  },
  schema: z.object({
    data: requiredPath('data'),
    out: requiredPath('out'),
    'passphrase-file': requiredPath('passphrase-file').optional(),
    'backup-passphrase-file': requiredPath('backup-passphrase-file').optional(),
  }),
  async run(args) {
    await assertNewFile(args.out, '--out');
    const ask = staffKeysPassphrase(args['passphrase-file']);
    const identity = await withStaff(args.data, true, (staff) => unlockStaffIdentity(staff.db, ask));
    const backupPassphrase = await passphraseFrom({
      file: args['backup-passphrase-file'],
      flag: 'backup-passphrase-file',
      protects: 'the key backup',
      isNew: true,
    })();
    await writeStaffKeyBackup(args.out, identity, backupPassphrase);
    process.stdout.write(
      [
        `Wrote the staff key backup to ${args.out} (opened again and checked). Keep it away from this PC, and its passphrase apart from it.`,
        `Restore it on a new PC with: kuulluksi staff restore --data NEW_DIR --from ${args.out}`,
      ].join('\n') + '\n',
    );
  },
});
