import type { ChartWords } from '../chart-words.ts';

export const chartsEn: ChartWords = {
  fewerThan: (k) => `fewer than ${k}`,
  hiddenEach: (k) => `fewer than ${k} each`,
  totalHidden: (k) =>
    `There are fewer than ${k} answers, so the distribution is not shown, so that no one can be singled out.`,
  noAnswers: 'No answers.',
  showTable: 'Show as table',
  answer: 'Answer',
  count: 'Count',
  share: 'Share',
  total: 'Total',
  positiveShare: 'Share of positive answers',
  period: 'Period',
  place: 'Place',
  hiddenPoint: (k) => `hidden (fewer than ${k})`,
  emptyPoint: 'no answers',
  distributionSummary: (parts) => `Distribution of answers. ${parts.join('; ')}.`,
  trendSummary: (shown, hidden, empty) =>
    `Share of positive answers over time: ${shown} points shown, ${hidden} hidden, ${empty} without answers. The numbers are in the table.`,
  comparisonSummary: (parts) =>
    `Distributions of answers for ${parts} parts side by side. The numbers are in the table.`,
};
