import { z } from 'zod';
import { protectPlainKeys } from '../core/staff/keys/sealed-key-store.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';
import { passphraseFileOption, passphraseFrom } from './staff-passphrase.ts';

export const staffProtectKeys = defineCommand({
  name: 'staff protect-keys',
  summary:
    'Seal the unprotected staff keys an older Kuulluksi left in a data folder with a passphrase, once. The unprotected copy is wiped.',
  options: {
    data: dataOption,
    'passphrase-file': {
      ...passphraseFileOption,
      description: 'read the new passphrase from FILE (otherwise it is asked for)',
    },
  },
  schema: z.object({
    data: requiredPath('data'),
    'passphrase-file': requiredPath('passphrase-file').optional(),
  }),
  async run({ data, 'passphrase-file': passphraseFile }) {
    const ask = passphraseFrom({
      file: passphraseFile,
      flag: 'passphrase-file',
      protects: 'the staff keys',
      isNew: true,
    });
    await withStaff(data, true, (staff) => protectPlainKeys(staff.db, ask));
    process.stdout.write(
      [
        'The staff keys are now sealed with the passphrase; the unprotected copy is wiped.',
        `Make a backup now, kept away from this PC: kuulluksi staff backup --data ${data} --out FILE`,
      ].join('\n') + '\n',
    );
  },
});
