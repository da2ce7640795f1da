import { z } from 'zod';
import { writeFileDurably } from '../core/fs/write-file-durably.ts';
import { loadStaffIdentity } from '../core/staff/identity.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';

export const staffExportIdentity = defineCommand({
  name: 'staff export-identity',
  summary: 'Write the staff secret key as a standard age identity file, so the age tool can decrypt any batch without Kuulluksi (recovery). Keep it as safe as the staff PC.',
  options: {
    data: dataOption,
    out: { type: 'string', value: 'FILE', description: 'where to write the identity (never overwritten; readable by you only)' },
  },
  schema: z.object({ data: requiredPath('data'), out: requiredPath('out') }),
  async run({ data, out }) {
    const identity = await withStaff(data, true, (staff) => loadStaffIdentity(staff.db));
    const file = [
      '# Kuulluksi staff identity: decrypts every batch sent to this staff key.',
      `# public key: ${identity.ageRecipient}`,
      identity.ageIdentity,
      '',
    ].join('\n');
    await writeFileDurably(out, Buffer.from(file), { mode: 0o600, exclusive: true });
    process.stdout.write(`Wrote the staff identity to ${out}. Decrypt a batch with: age -d -i ${out} BATCH.age\n`);
  },
});
