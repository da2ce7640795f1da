import type { Database } from 'better-sqlite3';
import { daysBetween } from './days.ts';

/**
 * Forgets answers that left the kiosk long enough ago: once a batch was written out
 * `retentionDays` before today, its answers and its ciphertext are deleted. The batch row stays
 * (number and hash), so the chain to the next batch is unbroken. Answers not yet exported are
 * never touched, whatever their age. Returns how many answers were deleted.
 */
export function applyRetention(db: Database, today: string, retentionDays: number): number {
  const expired = db
    .prepare<[], { seq: number; written_day: string }>(
      "SELECT seq, written_day FROM batches WHERE written = 1 AND written_day IS NOT NULL AND length(ciphertext) > 0",
    )
    .all()
    .filter((batch) => daysBetween(batch.written_day, today) >= retentionDays)
    .map((batch) => batch.seq);
  if (expired.length === 0) return 0;
  const deleteAnswers = db.prepare('DELETE FROM responses WHERE batch_seq = ?');
  const dropCiphertext = db.prepare("UPDATE batches SET ciphertext = X'' WHERE seq = ?");
  return db.transaction(() => {
    let deleted = 0;
    for (const seq of expired) {
      deleted += deleteAnswers.run(seq).changes;
      dropCiphertext.run(seq);
    }
    return deleted;
  })();
}
