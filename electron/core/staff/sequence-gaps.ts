import type { Database } from 'better-sqlite3';
import { missingCount, missingNumbers, type SequenceGap } from '../../../shared/sequence-gap.ts';

export type { SequenceGap };

/** Batches each kiosk has sent that have not arrived, judged by the highest number seen so far. */
export function findSequenceGaps(db: Database): SequenceGap[] {
  const rows = db
    .prepare<[], { kiosk_id: string; seq: number }>(
      'SELECT kiosk_id, seq FROM batches ORDER BY kiosk_id, seq',
    )
    .all();
  const gaps: SequenceGap[] = [];
  for (const [kioskId, batches] of Map.groupBy(rows, (row) => row.kiosk_id)) {
    const missing: SequenceGap['missing'] = [];
    let expected = 1;
    for (const { seq } of batches) {
      if (seq > expected) missing.push({ from: expected, to: seq - 1 });
      expected = seq + 1;
    }
    if (missing.length > 0) gaps.push({ kioskId, missing });
  }
  return gaps;
}

/**
 * One line for a person, naming the kiosk by its fingerprint (the code its admin screen shows),
 * e.g. `kiosk MZUH-VLPY-MK6X-O3EP: batches 3, 5–7 missing`.
 */
export function describeGap(gap: SequenceGap): string {
  return `kiosk ${gap.kioskId}: ${missingCount(gap) === 1 ? 'batch' : 'batches'} ${missingNumbers(gap)} missing`;
}
