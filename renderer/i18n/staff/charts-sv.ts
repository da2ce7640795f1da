import type { ChartWords } from '../chart-words.ts';

export const chartsSv: ChartWords = {
  fewerThan: (k) => `färre än ${k}`,
  hiddenEach: (k) => `färre än ${k} var`,
  totalHidden: (k) =>
    `Det finns färre än ${k} svar, så fördelningen visas inte, så att ingen kan identifieras.`,
  noAnswers: 'Inga svar.',
  showTable: 'Visa som tabell',
  answer: 'Svar',
  count: 'Antal',
  share: 'Andel',
  total: 'Totalt',
  positiveShare: 'Andel positiva svar',
  period: 'Tid',
  place: 'Plats',
  hiddenPoint: (k) => `dold (färre än ${k})`,
  emptyPoint: 'inga svar',
  distributionSummary: (parts) => `Svarens fördelning. ${parts.join('; ')}.`,
  trendSummary: (shown, hidden, empty) =>
    `Andelen positiva svar över tid: ${shown} visade punkter, ${hidden} dolda, ${empty} utan svar. Siffrorna finns i tabellen.`,
  comparisonSummary: (parts) =>
    `Svarens fördelning för ${parts} delar sida vid sida. Siffrorna finns i tabellen.`,
};
