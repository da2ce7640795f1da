import type { Database } from 'better-sqlite3';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../fs/write-file-durably.ts';
import { receiptFileName, receiptFormat, receiptFormatVersion, type ReceiptFile } from '../receipt/format.ts';
import { signReceipt } from '../receipt/signature.ts';
import { describeStorageError } from '../storage-errors.ts';
import { batchesToConfirm, kiosksToConfirm } from './confirmed-batches.ts';
import type { StaffIdentity } from './keys/staff-identity.ts';

export type ReceiptsWritten = {
  written: { file: string; kioskId: string; batches: number }[];
  /** Folders no receipt could be written into (a read-only stick), with the reason. */
  notWritten: { folder: string; reason: string }[];
};

/**
 * Writes into each folder one signed receipt per approved kiosk that has batches in the staff store
 * (or for `onlyKiosk` alone), listing every batch of that kiosk staff hold (the newest ones, up to
 * the receipt's limit). At its next export into that folder the kiosk forgets those answers. A
 * folder that cannot be written is reported, not thrown: the import or approval before it has
 * already succeeded. A folder that is gone is never made again: it was most likely a stick taken
 * out, and a new folder in its place would be on this PC's own disk.
 */
export async function writeReceipts(
  db: Database,
  identity: StaffIdentity,
  folders: readonly string[],
  { onlyKiosk }: { onlyKiosk?: string } = {},
): Promise<ReceiptsWritten> {
  const result: ReceiptsWritten = { written: [], notWritten: [] };
  if (folders.length === 0) return result;
  const receipts = signedReceipts(db, identity, onlyKiosk ?? null);
  for (const folder of folders) {
    if (receipts.length > 0 && !(await stat(folder).catch(() => undefined))?.isDirectory()) {
      result.notWritten.push({
        folder,
        reason: 'the folder is not there any more (was the stick taken out?)',
      });
      continue;
    }
    try {
      for (const receipt of receipts) {
        const file = join(folder, receiptFileName(receipt.body.kioskId));
        await writeFileDurably(file, Buffer.from(JSON.stringify(receipt) + '\n', 'utf8'));
        result.written.push({ file, kioskId: receipt.body.kioskId, batches: receipt.body.batches.length });
      }
    } catch (error) {
      // writeFileDurably names the file in its message; the cause says plainly what went wrong.
      const cause = error instanceof Error && error.cause !== undefined ? error.cause : error;
      result.notWritten.push({ folder, reason: describeStorageError(cause) });
    }
  }
  return result;
}

function signedReceipts(db: Database, identity: StaffIdentity, onlyKiosk: string | null): ReceiptFile[] {
  return kiosksToConfirm(db, onlyKiosk).map((kioskId) =>
    signReceipt(
      {
        format: receiptFormat,
        version: receiptFormatVersion,
        kioskId,
        staffKey: identity.signing.publicKey,
        batches: batchesToConfirm(db, kioskId),
      },
      identity.signing,
    ),
  );
}
