import { reportFilterSv } from './report-filter-sv.ts';
import { chartsSv } from './charts-sv.ts';
import type { StaffDashboardWords } from './dashboard-fi.ts';

export const staffDashboardSv: StaffDashboardWords = {
  title: 'Resultat',
  intro: 'Svaren per fråga för vald tid och plats.',
  loading: 'Hämtar svar…',
  filtersTitle: 'Vad som visas',
  filter: reportFilterSv,
  includeRepeats: 'Ta med snabba upprepade svar',
  includeRepeatsHint:
    'Av: ett svar som ges direkt efter ett annat på samma kiosk lämnas bort, eftersom samma person kan ha svarat igen.',
  sideBySide: 'Visa delarna sida vid sida',
  sideBySideHint: 'Verksamhetsställena eller ett ställes kiosker bredvid varandra under varje fråga.',
  areas: {
    'own-life': 'Det egna livet',
    influencing: 'Gemenskaper och påverkan',
    'common-good': 'Det gemensamma goda',
  },
  noArea: 'Inget delaktighetsområde',
  questionId: (id, version) => `Fråga ${id}, version ${version}`,
  itemCode: (code) => `Kod ${code}`,
  answers: (count) => `Svar: ${count}`,
  distributionTitle: 'Svarens fördelning',
  trendTitle: { week: 'Positiva per vecka', month: 'Positiva per månad' },
  comparisonTitle: 'Delarna sida vid sida',
  noParts: 'En enskild kiosk har inga delar att visa sida vid sida.',
  empty: 'Det finns inga svar för denna tid och plats.',
  emptyAdvice:
    'Välj en längre period, alla kiosker eller alla språk. Om svaren inte har importerats än, importera dem under Import.',
  kTitle: 'Skydd av små tal',
  kLabel: 'Minsta antal som visas',
  kHint: (min, max) =>
    `Tal under detta döljs ("färre än 5") så att ingen enskild svarande kan identifieras. Från ${min} till ${max}. Ett större tal döljer mer.`,
  kSave: 'Spara',
  kSaved: (k) => `Sparat: tal under ${k} döljs.`,
  kOutOfRange: (min, max) =>
    `Skriv ett heltal från ${min} till ${max}. Tal under ${min} kunde avslöja en enskild svarande.`,
  charts: chartsSv,
};
