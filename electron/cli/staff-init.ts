import { z } from 'zod';
import { writeFileDurably } from '../core/fs/write-file-durably.ts';
import { createStaffIdentity, staffPublicKey } from '../core/staff/identity.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';

export const staffInit = defineCommand({
  name: 'staff init',
  summary: 'Create the staff keys in the data folder and write the public staff key file that kiosks are paired with.',
  options: {
    data: dataOption,
    out: { type: 'string', value: 'FILE', description: 'where to write the public staff key file (never overwritten)' },
  },
  schema: z.object({ data: requiredPath('data'), out: requiredPath('out') }),
  async run({ data, out }) {
    const publicKey = await withStaff(data, false, async (staff) => staffPublicKey(await createStaffIdentity(staff.db)));
    await writeFileDurably(out, Buffer.from(JSON.stringify(publicKey, null, 2) + '\n'), { exclusive: true });
    process.stdout.write(
      [
        `Staff keys created. Staff key code: ${publicKey.fingerprint}`,
        `Public staff key file: ${out}`,
        `Pair each kiosk with it: kuulluksi kiosk pair --data KIOSK_DIR --staff ${out}`,
        `Keep a recovery copy of the secret key: kuulluksi staff export-identity --data ${data} --out FILE`,
      ].join('\n') + '\n',
    );
  },
});
