import type { ChartWords } from '../chart-words.ts';

/** What the charts (renderer/components/charts) say, on the staff screens and in the printed report. */
export const chartsFi: ChartWords = {
  fewerThan: (k) => `alle ${k}`,
  hiddenEach: (k) => `alle ${k} kukin`,
  totalHidden: (k) => `Vastauksia on alle ${k}, joten jakaumaa ei näytetä, ettei ketään voisi tunnistaa.`,
  noAnswers: 'Ei vastauksia.',
  showTable: 'Näytä taulukkona',
  answer: 'Vastaus',
  count: 'Määrä',
  share: 'Osuus',
  total: 'Yhteensä',
  positiveShare: 'Myönteisten vastausten osuus',
  period: 'Aika',
  place: 'Paikka',
  hiddenPoint: (k) => `piilotettu (alle ${k})`,
  emptyPoint: 'ei vastauksia',
  distributionSummary: (parts) => `Vastausten jakauma. ${parts.join('; ')}.`,
  trendSummary: (shown, hidden, empty) =>
    `Myönteisten vastausten osuus ajan mittaan: ${shown} näytettyä kohtaa, ${hidden} piilotettua, ${empty} ilman vastauksia. Luvut ovat taulukossa.`,
  comparisonSummary: (parts) => `${parts} osan vastausten jakaumat rinnakkain. Luvut ovat taulukossa.`,
};
