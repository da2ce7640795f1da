/**
 * One line of the benchmark table and of bench/results/latest.json. Every benchmark returns
 * these, so any script can read the results without knowing which benchmark made them.
 */
export type Row = {
  /** The benchmark and figure, e.g. "P1 p95". */
  id: string;
  /** What was measured, in a few words a reader of the table understands. */
  measure: string;
  value: number;
  /** "ms", "×" for a ratio to a peer, "KB", … */
  unit: string;
  /** The limit the value must stay at or under; null where the figure is for information only. */
  goal: number | null;
  /** Whether value ≤ goal; null where there is no goal. */
  met: boolean | null;
};

/** Settings every benchmark receives from `npm run bench`. */
export type BenchOptions = {
  /** `--quick`: fewer repetitions, the same rows, the whole run under a minute. */
  quick: boolean;
  /** Progress for the person waiting, on stderr; the table itself goes to stdout. */
  progress(message: string): void;
};

/** A benchmark: one module in bench/, listed in bench/run.ts. */
export type Benchmark = { id: string; run(options: BenchOptions): Promise<Row[]> };

/** A row with `met` worked out from its goal. */
export function row(
  id: string,
  measure: string,
  value: number,
  unit: string,
  goal: number | null = null,
): Row {
  return { id, measure, value, unit, goal, met: goal === null ? null : value <= goal };
}

/** "3,000 inserts", with "(quick)" when `--quick` made it smaller, for a row's `measure`. */
export function sized(count: number, what: string, quick: boolean): string {
  return `${count.toLocaleString('en-US')} ${what}${quick ? ' (quick)' : ''}`;
}
