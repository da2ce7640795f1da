import { z } from 'zod';
import { fingerprintPattern } from '../core/keys/fingerprint.ts';
import { approveKiosk } from '../core/staff/kiosks.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';

export const staffApprove = defineCommand({
  name: 'staff approve',
  summary:
    "Let a kiosk's batches count, once its code matches the kiosk's admin screen. Its held batches join the reports; the next import leaves its receipt.",
  options: {
    data: dataOption,
    kiosk: {
      type: 'string',
      value: 'CODE',
      description: 'the kiosk code (fingerprint), e.g. MZUH-VLPY-MK6X-O3EP',
    },
  },
  schema: z.object({
    data: requiredPath('data'),
    kiosk: z
      .string({ error: '--kiosk is required' })
      .transform((code) => code.trim().toUpperCase())
      .pipe(z.string().regex(fingerprintPattern, '--kiosk must be a kiosk code like MZUH-VLPY-MK6X-O3EP')),
  }),
  async run({ data, kiosk }) {
    const result = await withStaff(data, true, (staff) => approveKiosk(staff.db, kiosk));
    process.stdout.write(
      result.alreadyApproved
        ? `Kiosk ${kiosk} was already approved; nothing changed.\n`
        : `Kiosk ${kiosk} approved: its ${result.releasedBatches} held batch(es) with ${result.releasedAnswers} answers now count in reports. Its receipt is written at the next import.\n`,
    );
  },
});
