import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { writeFileDurably } from '../fs/write-file-durably.ts';
import {
  receiptFileName,
  receiptFormat,
  receiptFormatVersion,
  receiptLimits,
  type ReceiptFile,
} from '../receipt/format.ts';
import { signReceipt } from '../receipt/signature.ts';
import { describeStorageError } from '../storage-errors.ts';
import type { StaffIdentity } from './keys/staff-identity.ts';

export type ReceiptsWritten = {
  written: { file: string; kioskId: string; batches: number }[];
  /** Folders no receipt could be written into (a read-only stick), with the reason. */
  notWritten: { folder: string; reason: string }[];
};

/**
 * Writes into each folder one signed receipt per approved kiosk that has batches in the staff store,
 * listing every batch of that kiosk staff hold (the newest ones, up to the receipt's limit). At
 * its next export into that folder the kiosk forgets those answers. A folder that cannot be
 * written is reported, not thrown: the import before it has already succeeded.
 */
export async function writeReceipts(
  db: Database,
  identity: StaffIdentity,
  folders: readonly string[],
): Promise<ReceiptsWritten> {
  const receipts = signedReceipts(db, identity);
  const result: ReceiptsWritten = { written: [], notWritten: [] };
  for (const folder of folders) {
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

function signedReceipts(db: Database, identity: StaffIdentity): ReceiptFile[] {
  // Held batches get no receipt: the kiosk keeps those answers until staff approve it.
  const kiosks = db
    .prepare<[], { kiosk_id: string }>(
      'SELECT kiosk_id FROM kiosks WHERE approved = 1 AND EXISTS (SELECT 1 FROM batches WHERE batches.kiosk_id = kiosks.kiosk_id) ORDER BY kiosk_id',
    )
    .all();
  const newestBatches = db.prepare<[string, number], { seq: number; hash: string }>(
    'SELECT seq, hash FROM batches WHERE kiosk_id = ? ORDER BY seq DESC LIMIT ?',
  );
  return kiosks.map(({ kiosk_id: kioskId }) =>
    signReceipt(
      {
        format: receiptFormat,
        version: receiptFormatVersion,
        kioskId,
        staffKey: identity.signing.publicKey,
        batches: newestBatches.all(kioskId, receiptLimits.maxBatches).reverse(),
      },
      identity.signing,
    ),
  );
}
