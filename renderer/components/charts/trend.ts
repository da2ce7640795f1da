/**
 * What a trend line draws: per point, the share of positive answers (values above the middle of
 * the scale). A point whose share cannot be known without a hidden count is a gap, marked as
 * hidden, never a zero; a point without answers is a gap of its own kind.
 */
import type { Figure } from '../../../shared/contract/staff-reading.ts';
import { toneOf, type ScaleId } from '../../../shared/scales.ts';

export type TrendShare =
  | { kind: 'share'; positive: number; total: number; percent: number }
  | { kind: 'empty' }
  | { kind: 'hidden' };

export function positiveShareOf(scale: ScaleId, figure: Figure): TrendShare {
  if (figure.total === 0) return { kind: 'empty' };
  if (figure.total === null) return { kind: 'hidden' };
  let positive = 0;
  for (const cell of figure.cells) {
    if (toneOf(scale, cell.value) !== 'positive') continue;
    if (cell.count === null) return { kind: 'hidden' };
    positive += cell.count;
  }
  return { kind: 'share', positive, total: figure.total, percent: (positive / figure.total) * 100 };
}
