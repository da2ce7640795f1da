import { z } from 'zod';
import { staffPublicKey } from '../core/staff/keys/staff-identity.ts';
import { readStaffKeyBackup } from '../core/staff/keys/backup-file.ts';
import { storeStaffIdentity } from '../core/staff/keys/sealed-key-store.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';
import { assertNoStaffKeysIn } from './staff-preflight.ts';
import { backupPassphraseFileOption, passphraseFileOption, passphraseFrom } from './staff-passphrase.ts';

export const staffRestore = defineCommand({
  name: 'staff restore',
  summary:
    'Put the staff keys from a backup into a new data folder, sealed with a passphrase chosen now. A folder that has keys is refused; batches sent to the keys import there as before.',
  options: {
    data: {
      type: 'string',
      value: 'DIR',
      description: 'the new data folder (created if missing; refused if it has keys)',
    },
    from: {
      type: 'string',
      value: 'FILE',
      description: 'the backup that "kuulluksi staff init" or "staff backup" wrote',
    },
    'backup-passphrase-file': backupPassphraseFileOption,
    'passphrase-file': {
      ...passphraseFileOption,
      description: 'read the new passphrase for the restored keys from FILE (otherwise it is asked for)',
    },
  },
  schema: z.object({
    data: requiredPath('data'),
    from: requiredPath('from'),
    'backup-passphrase-file': requiredPath('backup-passphrase-file').optional(),
    'passphrase-file': requiredPath('passphrase-file').optional(),
  }),
  async run(args) {
    await assertNoStaffKeysIn(args.data);
    const identity = await readStaffKeyBackup(
      args.from,
      passphraseFrom({
        file: args['backup-passphrase-file'],
        flag: 'backup-passphrase-file',
        protects: 'the key backup',
        isNew: false,
      }),
    );
    const passphrase = await passphraseFrom({
      file: args['passphrase-file'],
      flag: 'passphrase-file',
      protects: 'the staff keys',
      isNew: true,
    })();
    await withStaff(args.data, false, (staff) => storeStaffIdentity(staff.db, identity, passphrase));
    const publicKey = staffPublicKey(identity);
    process.stdout.write(
      [
        `Restored the staff keys into ${args.data}. Staff key code: ${publicKey.fingerprint} (kiosks paired with it need nothing new).`,
        `Import batches there as before: kuulluksi staff import --data ${args.data} FOLDER`,
      ].join('\n') + '\n',
    );
  },
});
