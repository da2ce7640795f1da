import { dirname } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors.ts';
import { loadStaffIdentity } from '../core/staff/identity.ts';
import { importBatchFiles } from '../core/staff/import-batches.ts';
import type { ReceiptsWritten } from '../core/staff/write-receipts.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';

export const staffImport = defineCommand({
  name: 'staff import',
  summary:
    'Verify, decrypt and store batch files (or every .age file in a folder), then leave a signed receipt per kiosk in the folders read. Prints a JSON summary with a reason for each rejected file; exits 1 if any was rejected.',
  options: { data: dataOption },
  positionals: 'PATH...',
  schema: z.object({
    data: requiredPath('data'),
    positionals: z.array(z.string().min(1)).min(1, 'name at least one batch file or folder to import'),
  }),
  async run({ data, positionals }) {
    const summary = await withStaff(data, true, (staff) => importBatchFiles(staff.db, loadStaffIdentity(staff.db), positionals));
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    // stdout stays one JSON document for scripts; the receipt lines are for the person at the desk.
    process.stderr.write(describeReceipts(summary.receipts).join('\n') + '\n');
    if (summary.rejected.length > 0) {
      throw new AppError('bad_request', `${summary.rejected.length} file(s) rejected; nothing from them was stored (reasons above).`);
    }
  },
});

function describeReceipts({ written, notWritten }: ReceiptsWritten): string[] {
  const lines: string[] = [];
  if (written.length > 0) {
    const folders = [...new Set(written.map((receipt) => dirname(receipt.file)))];
    lines.push(
      `Wrote ${written.length} receipt(s) into ${folders.join(', ')}: at its next export there, each kiosk deletes the answers staff now hold.`,
    );
  }
  for (const { folder, reason } of notWritten) {
    lines.push(
      `Receipts could not be written into ${folder}: ${reason}. The import itself succeeded; kiosks keep those answers until a receipt reaches them or their retention period ends.`,
    );
  }
  if (lines.length === 0) lines.push('No receipts written: the staff store holds no batches yet.');
  return lines;
}
