import { z } from 'zod';
import { AppError } from '../core/errors.ts';
import { defineCommand } from './command.ts';
import { describePush, describeUnpaired } from './describe-lan.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withKiosk } from './open-data.ts';

export const kioskPush = defineCommand({
  name: 'kiosk push',
  summary:
    'Push to the paired staff PC over the LAN once, now: seal the answers whose time slot has ended, deliver every batch waiting, and apply the receipt staff send back. Exits 1 when nothing could be delivered.',
  options: { data: dataOption },
  schema: z.object({ data: requiredPath('data') }),
  async run({ data }) {
    const summary = await withKiosk(data, true, (kiosk) => kiosk.lan.push());
    process.stdout.write(describePush(summary).join('\n') + '\n');
    if (summary.state !== 'paired') {
      throw new AppError('not_ready', `nothing was sent: ${describeUnpaired(summary.state)}`);
    }
    if (summary.problem !== null && summary.delivered.length === 0) {
      throw new AppError('transport_failed', 'nothing could be delivered to the staff PC');
    }
  },
});
