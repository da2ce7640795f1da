import { z } from 'zod';
import { listKiosks } from '../core/staff/kiosks.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';

export const staffKiosks = defineCommand({
  name: 'staff kiosks',
  summary:
    'List the kiosks batches came from, as JSON. For each: its code (fingerprint), whether staff approved it, and what it has held.',
  options: { data: dataOption },
  schema: z.object({ data: requiredPath('data') }),
  async run({ data }) {
    const kiosks = await withStaff(data, true, (staff) => listKiosks(staff.db));
    process.stdout.write(JSON.stringify(kiosks, null, 2) + '\n');
  },
});
