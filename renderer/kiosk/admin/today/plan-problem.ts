import { rangesOverlap } from '../../../../shared/date-ranges.ts';
import type { AdminDictionary } from '../../../i18n/admin/index.ts';

/** What is wrong with the plan's date ranges as typed, by their numbers on the form (from 1). */
export type PlanProblem =
  { datesMissing: number } | { endsBeforeStart: number } | { overlap: [number, number] };

/**
 * The first problem in the ranges, found before the plan is sent, so reception is told in their
 * own words: a range without both days, one that ends before it starts, or two that share a day
 * (a day has one range at most). The core checks the same and refuses what gets past.
 */
export function planProblem(ranges: readonly { from: string; to: string }[]): PlanProblem | null {
  const missing = ranges.findIndex((range) => range.from === '' || range.to === '');
  if (missing >= 0) return { datesMissing: missing + 1 };
  const backwards = ranges.findIndex((range) => range.to < range.from);
  if (backwards >= 0) return { endsBeforeStart: backwards + 1 };
  for (const [i, a] of ranges.entries()) {
    for (const [j, b] of ranges.entries()) {
      if (j > i && rangesOverlap(a, b)) return { overlap: [i + 1, j + 1] };
    }
  }
  return null;
}

/** The problem in reception's words, naming the ranges by their numbers on the form. */
export function describePlanProblem(problem: PlanProblem, words: AdminDictionary): string {
  if ('datesMissing' in problem) return words.rangeDatesMissing(problem.datesMissing);
  if ('endsBeforeStart' in problem) return words.rangeEndsBeforeStart(problem.endsBeforeStart);
  return words.rangesOverlap(...problem.overlap);
}
