import { z } from 'zod';
import { openStaff, staffDatabaseFile } from '../core/staff/open-staff.ts';
import { buildReport } from '../core/staff/report.ts';
import { reportToCsv } from '../core/staff/report-csv.ts';
import { defineCommand } from './command.ts';
import { assertDataExists, dataOption, requiredPath } from './flags.ts';

export const staffReport = defineCommand({
  name: 'staff report',
  summary: 'Print the number of answers per question and value. Counts under 5 are hidden so no one can be singled out.',
  options: {
    data: dataOption,
    format: { type: 'string', value: 'json|csv', description: 'output format (default json)' },
  },
  schema: z.object({
    data: requiredPath('data'),
    format: z.enum(['json', 'csv'], { error: '--format must be json or csv' }).default('json'),
  }),
  async run({ data, format }) {
    assertDataExists(data, staffDatabaseFile, 'kuulluksi staff init');
    const staff = openStaff({ dataDir: data });
    try {
      const report = buildReport(staff.db);
      process.stdout.write(format === 'csv' ? reportToCsv(report) : JSON.stringify(report, null, 2) + '\n');
    } finally {
      staff.close();
    }
  },
});
