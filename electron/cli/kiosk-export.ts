import { z } from 'zod';
import type { ExportSummary } from '../core/kiosk/export-batches.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withKiosk } from './open-data.ts';

export const kioskExport = defineCommand({
  name: 'kiosk export',
  summary:
    'Seal the answers waiting for export into encrypted batches and write every batch not yet written into a folder (a USB stick). A receipt staff left there makes the kiosk delete the answers they confirm.',
  options: {
    data: dataOption,
    to: {
      type: 'string',
      value: 'DIR',
      description: 'the folder to write batch files into (and to read the staff receipt from)',
    },
  },
  schema: z.object({ data: requiredPath('data'), to: requiredPath('to') }),
  async run({ data, to }) {
    const summary = await withKiosk(data, true, (kiosk) => kiosk.exportTo(to));
    const responses = summary.written.reduce((sum, batch) => sum + batch.responses, 0);
    const lines = summary.written.map(
      (batch) => `  ${batch.file} (batch ${batch.seq}, ${batch.responses} answers)`,
    );
    process.stdout.write(
      [
        summary.written.length === 0
          ? 'Nothing to export: no answers are waiting.'
          : [
              `Wrote ${summary.written.length} batch file(s), ${responses} answers, all read back intact:`,
              ...lines,
            ].join('\n'),
        describeReceipt(summary.receipt, to),
        '',
      ].join('\n'),
    );
  },
});

/** One line for reception: what the staff receipt did, or why it was not used. */
function describeReceipt(receipt: ExportSummary['receipt'], folder: string): string {
  if (receipt === null) {
    return `No receipt from staff in ${folder} yet: exported answers stay on this kiosk until staff confirm them or the retention period ends.`;
  }
  if (receipt.status === 'rejected') {
    return `The receipt ${receipt.file} was not used and nothing was deleted: ${receipt.reason}.`;
  }
  const ignored = receipt.mismatched + receipt.notWritten;
  return [
    `Receipt from staff: ${receipt.confirmed} batch(es) confirmed, ${receipt.answersForgotten} answers deleted from this kiosk`,
    ignored > 0 ? `; ${ignored} listed batch(es) ignored (they match no batch this kiosk wrote out)` : '',
    '.',
  ].join('');
}
