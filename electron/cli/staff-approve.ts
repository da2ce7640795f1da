import { z } from 'zod';
import { readKioskCode } from '../../shared/kiosk-code.ts';
import { approveKioskLeavingReceipt } from '../core/staff/approve-kiosk.ts';
import { unlockStaffIdentity } from '../core/staff/keys/sealed-key-store.ts';
import { defineCommand } from './command.ts';
import { describeReceipts } from './describe-receipts.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';
import { passphraseFileOption, staffKeysPassphrase } from './staff-passphrase.ts';

export const staffApprove = defineCommand({
  name: 'staff approve',
  summary:
    "Let a kiosk's batches count, once its code matches the kiosk's admin screen. Its held batches join the reports, and its signed receipt goes back into the folders they were imported from (asks for the passphrase of the staff keys to sign it).",
  options: {
    data: dataOption,
    kiosk: {
      type: 'string',
      value: 'CODE',
      description:
        'the kiosk code (fingerprint), e.g. MZUH-VLPY-MK6X-O3EP, or the pairing code its LAN screen shows',
    },
    'passphrase-file': passphraseFileOption,
  },
  schema: z.object({
    data: requiredPath('data'),
    kiosk: z.string({ error: '--kiosk is required' }).transform((typed, context) => {
      const reading = readKioskCode(typed);
      if (reading.ok) return reading.kioskId;
      context.addIssue({ code: 'custom', message: `--kiosk ${reading.problem}` });
      return z.NEVER;
    }),
    'passphrase-file': requiredPath('passphrase-file').optional(),
  }),
  async run({ data, kiosk, 'passphrase-file': passphraseFile }) {
    const ask = staffKeysPassphrase(passphraseFile);
    const result = await withStaff(data, true, (staff) =>
      approveKioskLeavingReceipt(staff.db, kiosk, () => unlockStaffIdentity(staff.db, ask)),
    );
    const overLan = result.lanPaired
      ? [`Kiosk ${kiosk} is paired over the network: it delivers its batches to this staff PC from now on.`]
      : [];
    if (result.alreadyApproved || (result.lanPaired && result.releasedBatches === 0)) {
      // Nothing was held, so there is no receipt to leave: a pairing alone, or nothing at all.
      process.stdout.write(`${overLan[0] ?? `Kiosk ${kiosk} was already approved; nothing changed.`}\n`);
      return;
    }
    process.stdout.write(
      [
        `Kiosk ${kiosk} approved: its ${result.releasedBatches} held batch(es) with ${result.releasedAnswers} answers now count in reports.`,
        ...overLan,
        ...describeReceipts(
          result.receipts,
          'approval',
          'Where its batches came from is not known (they were imported by an older Kuulluksi): the next import writes its receipt into the folder it reads.',
        ),
      ].join('\n') + '\n',
    );
  },
});
