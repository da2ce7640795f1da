import type { Database } from 'better-sqlite3';

/** Missing batch numbers of one kiosk, as inclusive ranges so a long gap stays one line. */
export type SequenceGap = { kioskId: string; missing: { from: number; to: number }[] };

/** Batches each kiosk has sent that have not arrived, judged by the highest number seen so far. */
export function findSequenceGaps(db: Database): SequenceGap[] {
  const rows = db
    .prepare<[], { kiosk_id: string; seq: number }>('SELECT kiosk_id, seq FROM batches ORDER BY kiosk_id, seq')
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
export function describeGap({ kioskId, missing }: SequenceGap): string {
  const count = missing.reduce((sum, range) => sum + range.to - range.from + 1, 0);
  const numbers = missing.map(({ from, to }) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
  return `kiosk ${kioskId}: ${count === 1 ? 'batch' : 'batches'} ${numbers} missing`;
}
