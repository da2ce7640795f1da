import type { Database } from 'better-sqlite3';
import { createAnswerPool } from './answers/answer-pool.ts';

/**
 * Deletes the answers that sealed batches carried (their slots overwritten) and the batches'
 * ciphertext, once they are safe elsewhere (staff confirmed them, or the retention period ran
 * out). Each batch row stays with its number and hash, so the next batch still chains onto it.
 * Answers waiting for export belong to no batch and are never touched. Returns how many answers
 * were deleted.
 */
export function forgetBatches(db: Database, seqs: readonly number[]): number {
  if (seqs.length === 0) return 0;
  const pool = createAnswerPool(db);
  const dropCiphertext = db.prepare("UPDATE batches SET ciphertext = X'' WHERE seq = ?");
  return db.transaction(() => {
    let deleted = 0;
    for (const seq of seqs) {
      deleted += pool.forgetBatch(seq);
      dropCiphertext.run(seq);
    }
    return deleted;
  })();
}
