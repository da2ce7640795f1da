import type { Database } from 'better-sqlite3';
import { AppError } from '../errors.ts';

/** A kiosk as staff see it: its fingerprint, whether its batches count, and what waits for approval. */
export type KnownKiosk = {
  kioskId: string;
  approved: boolean;
  /** The day its first batch arrived; null for kiosks seen before Kuulluksi recorded it. */
  firstSeenDay: string | null;
  batches: number;
  heldBatches: number;
  heldAnswers: number;
};

type KioskRow = {
  kiosk_id: string;
  approved: number;
  first_seen_day: string | null;
  batches: number;
  answers: number;
};

export function listKiosks(db: Database): KnownKiosk[] {
  return db
    .prepare<[], KioskRow>(
      `SELECT k.kiosk_id, k.approved, k.first_seen_day,
              count(b.seq) AS batches, coalesce(sum(b.response_count), 0) AS answers
       FROM kiosks k LEFT JOIN batches b ON b.kiosk_id = k.kiosk_id
       GROUP BY k.kiosk_id ORDER BY k.approved, k.kiosk_id`,
    )
    .all()
    .map((row) => ({
      kioskId: row.kiosk_id,
      approved: row.approved === 1,
      firstSeenDay: row.first_seen_day,
      batches: row.batches,
      heldBatches: row.approved === 1 ? 0 : row.batches,
      heldAnswers: row.approved === 1 ? 0 : row.answers,
    }));
}

/** A kiosk staff have seen batches from; an unknown code is refused with what to check. */
export function findKiosk(db: Database, kioskId: string): KnownKiosk {
  const kiosk = listKiosks(db).find((known) => known.kioskId === kioskId);
  if (!kiosk) {
    throw new AppError(
      'not_found',
      `No kiosk ${kioskId} has sent batches to this staff tool. Check the code on the kiosk's admin screen; "kuulluksi staff kiosks" lists the kiosks seen so far.`,
    );
  }
  return kiosk;
}

export type ApprovedKiosk = {
  kioskId: string;
  alreadyApproved: boolean;
  releasedBatches: number;
  releasedAnswers: number;
};

/**
 * Lets a kiosk's batches count: its held batches join reports now. Staff approve a fingerprint
 * after comparing it with the kiosk's admin screen, so an unknown one is refused rather than
 * remembered for later. Its receipt is left by approve-kiosk.ts, which needs the staff keys.
 */
export function approveKiosk(db: Database, kioskId: string): ApprovedKiosk {
  const before = findKiosk(db, kioskId);
  db.prepare('UPDATE kiosks SET approved = 1 WHERE kiosk_id = ?').run(kioskId);
  return {
    kioskId,
    alreadyApproved: before.approved,
    releasedBatches: before.heldBatches,
    releasedAnswers: before.heldAnswers,
  };
}
