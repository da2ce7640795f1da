/** Missing batch numbers of one kiosk, as inclusive ranges so a long gap stays one line. */
export type SequenceGap = { kioskId: string; missing: { from: number; to: number }[] };

/** How many batch numbers a gap leaves out, for "batch" or "batches" in any language. */
export function missingCount({ missing }: SequenceGap): number {
  return missing.reduce((sum, range) => sum + range.to - range.from + 1, 0);
}

/** The missing numbers as a person reads them: `3, 5–7`. */
export function missingNumbers({ missing }: SequenceGap): string {
  return missing.map(({ from, to }) => (from === to ? String(from) : `${from}–${to}`)).join(', ');
}
