import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { AppError } from '../errors.ts';
import { readFileCapped } from '../fs/read-file-capped.ts';
import { receiptFileName, receiptLimits, type ReceiptBody } from '../receipt/format.ts';
import { openReceipt } from '../receipt/open-receipt.ts';
import { describeStorageError } from '../storage-errors.ts';
import { forgetBatches } from './forget-batches.ts';
import { staffSigningKeys } from './pairing.ts';

/** What the staff receipt found in the export folder did; `null` in a summary when there was none. */
export type ReceiptOutcome =
  | {
      status: 'applied';
      file: string;
      /** Listed batches this kiosk wrote out with exactly that hash: staff hold them. */
      confirmed: number;
      /** Answers deleted now; 0 when the confirmed batches had already been forgotten. */
      answersForgotten: number;
      /** Listed batches this kiosk does not have with that hash; ignored. */
      mismatched: number;
      /** Listed batches this kiosk has not recorded as written out yet; kept until a later receipt. */
      notWritten: number;
    }
  | { status: 'rejected'; file: string; reason: string };

/**
 * Looks for this kiosk's receipt in `folder` and, if it proves to come from a paired staff key,
 * forgets every batch it confirms. A receipt that does not prove itself changes nothing; its
 * reason is returned so reception hears of it, and the export goes on regardless.
 */
export async function applyReceipt(
  db: Database,
  kioskId: string,
  folder: string,
): Promise<ReceiptOutcome | null> {
  const file = join(folder, receiptFileName(kioskId));
  let body: ReceiptBody;
  try {
    const bytes = await readReceiptFile(file);
    if (!bytes) return null;
    body = openReceipt(bytes, { kioskId, staffKeys: staffSigningKeys(db) });
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { status: 'rejected', file, reason: error.message };
  }
  return { status: 'applied', file, ...forgetConfirmedBatches(db, body) };
}

/**
 * A batch is forgotten only when the kiosk's own row has the same number and hash and is marked
 * written (onto a stick, or delivered over the LAN): the hash covers every answer, so staff cannot
 * confirm anything they did not receive. A stick's receipt and a LAN update's receipt both end here.
 */
export function forgetConfirmedBatches(db: Database, receipt: Pick<ReceiptBody, 'batches'>) {
  const stored = db.prepare<[number], { hash: string; written: number }>(
    'SELECT hash, written FROM batches WHERE seq = ?',
  );
  return db.transaction(() => {
    const confirmed: number[] = [];
    let mismatched = 0;
    let notWritten = 0;
    for (const { seq, hash } of receipt.batches) {
      const batch = stored.get(seq);
      if (batch?.hash !== hash) mismatched++;
      else if (batch.written !== 1) notWritten++;
      else confirmed.push(seq);
    }
    return {
      confirmed: confirmed.length,
      answersForgotten: forgetBatches(db, confirmed),
      mismatched,
      notWritten,
    };
  })();
}

/** The receipt's bytes, or null when the folder holds none for this kiosk. */
async function readReceiptFile(file: string): Promise<Uint8Array | null> {
  try {
    return await readFileCapped(file, receiptLimits.maxFileBytes);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AppError('not_found', `it cannot be read: ${describeStorageError(error)}`);
  }
}
