import { z } from 'zod';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withKiosk } from './open-data.ts';

export const kioskStatus = defineCommand({
  name: 'kiosk status',
  summary:
    'Show what reception sees: answers waiting for export and since which day, and any storage problem. Never an answer.',
  options: { data: dataOption },
  schema: z.object({ data: requiredPath('data') }),
  async run({ data }) {
    const status = await withKiosk(data, true, (kiosk) => kiosk.status());
    process.stdout.write(JSON.stringify(status, null, 2) + '\n');
  },
});
