/**
 * What a distribution bar draws for one figure, decided without a screen so it can be tested
 * alone. A count hidden by the small-cell rule (null) must never show through a bar's length:
 * hidden cells get no segment of their own. Only when the total is shown do they share one grey
 * segment, as wide as the total less the cells shown, which anyone could work out from the
 * numbers shown anyway; when the total is hidden too, no bar is drawn at all.
 */
import type { Figure } from '../../../shared/contract/staff-reading.ts';

export type ShownSegment = { kind: 'shown'; value: number; count: number; start: number };
/** The hidden cells together: their values, and the remainder of the total they share. */
export type HiddenSegment = { kind: 'hidden'; values: number[]; count: number; start: number };
export type Segment = ShownSegment | HiddenSegment;

export type Distribution =
  | { kind: 'bar'; total: number; segments: Segment[] }
  /** No answers: nothing to draw, and nothing hidden. */
  | { kind: 'empty' }
  /** The total itself is hidden: a bar of any length would reveal it. */
  | { kind: 'hidden' };

export function distributionOf(figure: Figure): Distribution {
  const { total, cells } = figure;
  if (total === null) return { kind: 'hidden' };
  if (total === 0) return { kind: 'empty' };
  const segments: Segment[] = [];
  let start = 0;
  for (const cell of cells) {
    if (cell.count === null || cell.count === 0) continue;
    segments.push({ kind: 'shown', value: cell.value, count: cell.count, start });
    start += cell.count;
  }
  const hiddenValues = cells.filter((cell) => cell.count === null).map((cell) => cell.value);
  if (hiddenValues.length > 0)
    segments.push({ kind: 'hidden', values: hiddenValues, count: total - start, start });
  return { kind: 'bar', total, segments };
}

/** A share of the total, 0–100, rounded to whole percent for labels. */
export function percentOf(count: number, total: number): number {
  return Math.round((count / total) * 100);
}
