import type { Language } from '../../../shared/languages.ts';

/**
 * The words every chart needs, given by the screen that shows it (the staff dashboard, the printed
 * report) in its own language. `k` is the small-cell threshold the figures were protected with.
 */
export type ChartWords = {
  /** A count hidden by the small-cell rule, in a table or a label: never a number. */
  fewerThan(k: number): string;
  /** The grey segment the hidden cells share. */
  hiddenEach(k: number): string;
  /** Said instead of a bar whose total is hidden. */
  totalHidden(k: number): string;
  noAnswers: string;
  showTable: string;
  answer: string;
  count: string;
  share: string;
  total: string;
  /** The trend's measure: the share of answers above the middle of the scale. */
  positiveShare: string;
  period: string;
  place: string;
  /** A trend point whose share cannot be shown without a hidden count. */
  hiddenPoint(k: number): string;
  emptyPoint: string;
  /** The summary a screen reader hears for a chart, before the table. */
  distributionSummary(parts: string[]): string;
  trendSummary(shown: number, hidden: number, empty: number): string;
  comparisonSummary(parts: number): string;
};

/** The words of one chart and the language its values and dates are written in. */
export type ChartText = { words: ChartWords; language: Language };
