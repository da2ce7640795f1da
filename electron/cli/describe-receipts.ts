import { dirname } from 'node:path';
import type { ReceiptsWritten } from '../core/staff/write-receipts.ts';

/** What happens to a receipt that could not be written: it stays due. */
const stillDue = {
  import:
    'The import itself succeeded; kiosks keep those answers until a receipt reaches them or their retention period ends.',
  approval:
    'The approval itself succeeded; the kiosk keeps those answers until a receipt reaches it: the next import writes one into the folder it reads.',
};

/**
 * Lines for the person at the desk: where the kiosks' receipts were written, or why not. `after`
 * names the work that succeeded whatever became of the receipts; `noneWritten` is the line when
 * there was nothing to write.
 */
export function describeReceipts(
  { written, notWritten }: ReceiptsWritten,
  after: 'import' | 'approval',
  noneWritten: string,
): string[] {
  const lines: string[] = [];
  if (written.length > 0) {
    const folders = [...new Set(written.map((receipt) => dirname(receipt.file)))];
    lines.push(
      `Wrote ${written.length} receipt(s) into ${folders.join(', ')}: at its next export there, each kiosk deletes the answers staff now hold.`,
    );
  }
  for (const { folder, reason } of notWritten) {
    lines.push(`Receipts could not be written into ${folder}: ${reason}. ${stillDue[after]}`);
  }
  if (lines.length === 0) lines.push(noneWritten);
  return lines;
}
