import { z } from 'zod';
import { AppError } from '../core/errors.ts';
import { loadStaffIdentity } from '../core/staff/identity.ts';
import { importBatchFiles } from '../core/staff/import-batches.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';

export const staffImport = defineCommand({
  name: 'staff import',
  summary: 'Verify, decrypt and store batch files (or every .age file in a folder). Prints a JSON summary with a reason for each rejected file; exits 1 if any was rejected.',
  options: { data: dataOption },
  positionals: 'PATH...',
  schema: z.object({
    data: requiredPath('data'),
    positionals: z.array(z.string().min(1)).min(1, 'name at least one batch file or folder to import'),
  }),
  async run({ data, positionals }) {
    const summary = await withStaff(data, true, (staff) => importBatchFiles(staff.db, loadStaffIdentity(staff.db), positionals));
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    if (summary.rejected.length > 0) {
      throw new AppError('bad_request', `${summary.rejected.length} file(s) rejected; nothing from them was stored (reasons above).`);
    }
  },
});
