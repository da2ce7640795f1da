import { z } from 'zod';
import { fingerprintPattern } from '../core/keys/fingerprint.ts';
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
      description: 'the kiosk code (fingerprint), e.g. MZUH-VLPY-MK6X-O3EP',
    },
    'passphrase-file': passphraseFileOption,
  },
  schema: z.object({
    data: requiredPath('data'),
    kiosk: z
      .string({ error: '--kiosk is required' })
      .transform((code) => code.trim().toUpperCase())
      .pipe(z.string().regex(fingerprintPattern, '--kiosk must be a kiosk code like MZUH-VLPY-MK6X-O3EP')),
    'passphrase-file': requiredPath('passphrase-file').optional(),
  }),
  async run({ data, kiosk, 'passphrase-file': passphraseFile }) {
    const ask = staffKeysPassphrase(passphraseFile);
    const result = await withStaff(data, true, (staff) =>
      approveKioskLeavingReceipt(staff.db, kiosk, () => unlockStaffIdentity(staff.db, ask)),
    );
    if (result.alreadyApproved) {
      process.stdout.write(`Kiosk ${kiosk} was already approved; nothing changed.\n`);
      return;
    }
    process.stdout.write(
      [
        `Kiosk ${kiosk} approved: its ${result.releasedBatches} held batch(es) with ${result.releasedAnswers} answers now count in reports.`,
        ...describeReceipts(
          result.receipts,
          'approval',
          'Where its batches came from is not known (they were imported by an older Kuulluksi): the next import writes its receipt into the folder it reads.',
        ),
      ].join('\n') + '\n',
    );
  },
});
