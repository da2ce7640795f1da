import { reportFilterEn } from './report-filter-en.ts';
import { chartsEn } from './charts-en.ts';
import type { StaffDashboardWords } from './dashboard-fi.ts';

export const staffDashboardEn: StaffDashboardWords = {
  title: 'Results',
  intro: 'Answers per question for the period and place chosen.',
  loading: 'Fetching answers…',
  filtersTitle: 'What is shown',
  filter: reportFilterEn,
  includeRepeats: 'Include quick repeats',
  includeRepeatsHint:
    'Off: an answer given right after another on the same kiosk is left out, as the same person may have answered again.',
  sideBySide: 'Show the parts side by side',
  sideBySideHint: "The centres, or a centre's kiosks, next to each other under every question.",
  areas: {
    'own-life': 'Own life',
    influencing: 'Communities and influence',
    'common-good': 'Common good',
  },
  noArea: 'No participation area',
  questionId: (id, version) => `Question ${id}, version ${version}`,
  itemCode: (code) => `Item code ${code}`,
  answers: (count) => `Answers: ${count}`,
  distributionTitle: 'Distribution of answers',
  trendTitle: { week: 'Positive per week', month: 'Positive per month' },
  comparisonTitle: 'The parts side by side',
  noParts: 'A single kiosk has no parts to show side by side.',
  empty: 'There are no answers for this period and place.',
  emptyAdvice:
    'Choose a longer period, all kiosks or all languages. If the answers have not been imported yet, import them under Import.',
  kTitle: 'Protecting small numbers',
  kLabel: 'Smallest count shown',
  kHint: (min, max) =>
    `Counts below this are hidden ("fewer than 5") so that no single person who answered can be singled out. From ${min} to ${max}. A larger number hides more.`,
  kSave: 'Save',
  kSaved: (k) => `Saved: counts below ${k} are hidden.`,
  kOutOfRange: (min, max) =>
    `Write a whole number from ${min} to ${max}. Counts below ${min} could single out one person who answered.`,
  charts: chartsEn,
};
