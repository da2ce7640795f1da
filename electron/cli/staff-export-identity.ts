import { z } from 'zod';
import { assertNewFile } from '../core/fs/assert-new-file.ts';
import { writeFileDurably } from '../core/fs/write-file-durably.ts';
import { unlockStaffIdentity } from '../core/staff/keys/sealed-key-store.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';
import { passphraseFileOption, staffKeysPassphrase } from './staff-passphrase.ts';

export const staffExportIdentity = defineCommand({
  name: 'staff export-identity',
  summary:
    'Write the staff secret key, unprotected, as an age identity file for the age tool. It decrypts any batch without Kuulluksi: keep it as safe as the staff PC ("kuulluksi staff backup" writes a passphrase-protected copy).',
  options: {
    data: dataOption,
    out: {
      type: 'string',
      value: 'FILE',
      description: 'where to write the identity (never overwritten; readable by you only)',
    },
    'passphrase-file': passphraseFileOption,
  },
  schema: z.object({
    data: requiredPath('data'),
    out: requiredPath('out'),
    'passphrase-file': requiredPath('passphrase-file').optional(),
  }),
  async run({ data, out, 'passphrase-file': passphraseFile }) {
    await assertNewFile(out, '--out');
    const ask = staffKeysPassphrase(passphraseFile);
    const identity = await withStaff(data, true, (staff) => unlockStaffIdentity(staff.db, ask));
    const file = [
      '# Kuulluksi staff identity: decrypts every batch sent to this staff key.',
      `# public key: ${identity.ageRecipient}`,
      identity.ageIdentity,
      '',
    ].join('\n');
    await writeFileDurably(out, Buffer.from(file), { mode: 0o600, exclusive: true });
    process.stdout.write(
      `Wrote the staff identity to ${out}. Decrypt a batch with: age -d -i ${out} BATCH.age\n`,
    );
  },
});
