import type { Database } from 'better-sqlite3';

/**
 * Deletes the answers that sealed batches carried, and the batches' ciphertext, once they are
 * safe elsewhere (staff confirmed them, or the retention period ran out). Each batch row stays
 * with its number and hash, so the next batch still chains onto it. Answers waiting for export
 * belong to no batch and are never touched. Returns how many answers were deleted.
 */
export function forgetBatches(db: Database, seqs: readonly number[]): number {
  if (seqs.length === 0) return 0;
  const deleteAnswers = db.prepare('DELETE FROM responses WHERE batch_seq = ?');
  const dropCiphertext = db.prepare("UPDATE batches SET ciphertext = X'' WHERE seq = ?");
  return db.transaction(() => {
    let deleted = 0;
    for (const seq of seqs) {
      deleted += deleteAnswers.run(seq).changes;
      dropCiphertext.run(seq);
    }
    return deleted;
  })();
}
