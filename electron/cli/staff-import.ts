import { z } from 'zod';
import { AppError } from '../core/errors.ts';
import { importBatchFiles, type ImportSummary } from '../core/staff/import-batches.ts';
import { unlockStaffIdentity } from '../core/staff/keys/sealed-key-store.ts';
import { describeGap } from '../core/staff/sequence-gaps.ts';
import { defineCommand } from './command.ts';
import { describeReceipts } from './describe-receipts.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';
import { passphraseFileOption, staffKeysPassphrase } from './staff-passphrase.ts';

export const staffImport = defineCommand({
  name: 'staff import',
  summary:
    'Verify, decrypt and store batch files (or every .age file in a folder). Batches from a kiosk not approved yet are held. Leaves a signed receipt per approved kiosk in the folders read, prints a JSON summary with a reason for each rejected file, and exits 1 if any was rejected.',
  options: { data: dataOption, 'passphrase-file': passphraseFileOption },
  positionals: 'PATH...',
  schema: z.object({
    data: requiredPath('data'),
    'passphrase-file': requiredPath('passphrase-file').optional(),
    positionals: z.array(z.string().min(1)).min(1, 'name at least one batch file or folder to import'),
  }),
  async run({ data, positionals, 'passphrase-file': passphraseFile }) {
    const ask = staffKeysPassphrase(passphraseFile);
    const summary = await withStaff(data, true, async (staff) =>
      importBatchFiles(staff.db, await unlockStaffIdentity(staff.db, ask), positionals),
    );
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    // stdout stays one JSON document for scripts; these lines are for the person at the desk.
    process.stderr.write(
      [
        ...describeHeld(summary, data),
        ...summary.gaps.map(describeGap),
        ...describeReceipts(
          summary.receipts,
          'import',
          'No receipts written: the staff store holds no batches of an approved kiosk yet.',
        ),
      ].join('\n') + '\n',
    );
    if (summary.rejected.length > 0) {
      throw new AppError(
        'bad_request',
        `${summary.rejected.length} file(s) rejected; nothing from them was stored (reasons above).`,
      );
    }
  },
});

function describeHeld({ held }: ImportSummary, data: string): string[] {
  const kiosks = [...new Set(held.map((batch) => batch.kioskId))];
  if (kiosks.length === 0) return [];
  return [
    `Held ${held.length} batch(es) from kiosk(s) not approved yet: ${kiosks.join(', ')}. They are stored but count nowhere until approved.`,
    `Compare each code with the kiosk's admin screen, then: kuulluksi staff approve --data ${data} --kiosk CODE`,
  ];
}
