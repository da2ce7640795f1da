import type { Database } from 'better-sqlite3';
import { daysBetween } from './days.ts';
import { forgetBatches } from './forget-batches.ts';

/**
 * Forgets answers that left the kiosk long enough ago: once a batch was written out
 * `retentionDays` before today, it is forgotten (forget-batches.ts), whether or not a receipt
 * from staff ever arrived. Answers not yet exported are never touched, whatever their age.
 * Returns how many answers were deleted.
 */
export function applyRetention(db: Database, today: string, retentionDays: number): number {
  const expired = db
    .prepare<[], { seq: number; written_day: string }>(
      'SELECT seq, written_day FROM batches WHERE written = 1 AND written_day IS NOT NULL AND length(ciphertext) > 0',
    )
    .all()
    .filter((batch) => daysBetween(batch.written_day, today) >= retentionDays)
    .map((batch) => batch.seq);
  return forgetBatches(db, expired);
}
