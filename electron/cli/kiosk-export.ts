import { z } from 'zod';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withKiosk } from './open-data.ts';

export const kioskExport = defineCommand({
  name: 'kiosk export',
  summary: 'Seal the answers waiting for export into encrypted batches and write every batch not yet written into a folder (a USB stick).',
  options: {
    data: dataOption,
    to: { type: 'string', value: 'DIR', description: 'the folder to write batch files into' },
  },
  schema: z.object({ data: requiredPath('data'), to: requiredPath('to') }),
  async run({ data, to }) {
    const summary = await withKiosk(data, true, (kiosk) => kiosk.exportTo(to));
    const responses = summary.written.reduce((sum, batch) => sum + batch.responses, 0);
    const lines = summary.written.map((batch) => `  ${batch.file} (batch ${batch.seq}, ${batch.responses} answers)`);
    process.stdout.write(
      summary.written.length === 0
        ? 'Nothing to export: no answers are waiting.\n'
        : [`Wrote ${summary.written.length} batch file(s), ${responses} answers, all read back intact:`, ...lines, ''].join('\n'),
    );
  },
});
