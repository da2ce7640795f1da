import { z } from 'zod';
import { buildReport } from '../core/staff/report.ts';
import { reportToCsv } from '../core/staff/report-csv.ts';
import { defineCommand } from './command.ts';
import { choiceFlag, dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';

export const staffReport = defineCommand({
  name: 'staff report',
  summary:
    'Print the number of answers per question and value. Counts under 5 are hidden so no one can be singled out.',
  options: {
    data: dataOption,
    format: { type: 'string', value: 'json|csv', description: 'output format (default json)' },
    'without-repeats': {
      type: 'boolean',
      description: 'leave out answers flagged as quick repeats (perhaps the same person again)',
    },
  },
  schema: z.object({
    data: requiredPath('data'),
    format: choiceFlag('format', ['json', 'csv']).default('json'),
    'without-repeats': z.boolean().default(false),
  }),
  async run({ data, format, 'without-repeats': withoutRepeats }) {
    const report = await withStaff(data, true, (staff) =>
      buildReport(staff.db, { includeRepeats: !withoutRepeats }),
    );
    process.stdout.write(format === 'csv' ? reportToCsv(report) : JSON.stringify(report, null, 2) + '\n');
  },
});
