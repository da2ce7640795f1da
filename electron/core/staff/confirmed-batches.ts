import type { Database } from 'better-sqlite3';
import { receiptLimits } from '../receipt/format.ts';

/**
 * What a receipt tells a kiosk staff hold, on a stick or in an update over the network: every
 * batch of that kiosk in the staff store, the newest ones up to the receipt's limit, oldest
 * first. Only approved kiosks get one: a held batch's answers stay on the kiosk until then.
 */
export function batchesToConfirm(db: Database, kioskId: string): { seq: number; hash: string }[] {
  return db
    .prepare<[string, number], { seq: number; hash: string }>(
      'SELECT seq, hash FROM batches WHERE kiosk_id = ? ORDER BY seq DESC LIMIT ?',
    )
    .all(kioskId, receiptLimits.maxBatches)
    .reverse();
}

/** The approved kiosks with batches in the staff store (or `onlyKiosk` alone, if it is one). */
export function kiosksToConfirm(db: Database, onlyKiosk: string | null = null): string[] {
  return db
    .prepare<[string | null, string | null], { kiosk_id: string }>(
      `SELECT kiosk_id FROM kiosks
       WHERE approved = 1 AND (? IS NULL OR kiosk_id = ?)
         AND EXISTS (SELECT 1 FROM batches WHERE batches.kiosk_id = kiosks.kiosk_id)
       ORDER BY kiosk_id`,
    )
    .all(onlyKiosk, onlyKiosk)
    .map((row) => row.kiosk_id);
}
