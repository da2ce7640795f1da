import type { ReportFilterWords } from './report-filter-fi.ts';

const monthNames = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

export const reportFilterSv: ReportFilterWords = {
  period: 'Period',
  periodKinds: { all: 'Hela tiden', year: 'År', quarter: 'Kvartal', month: 'Månad' },
  year: 'År',
  quarter: 'Kvartal',
  quarterName: (quarter) => `Kvartal ${quarter}`,
  month: 'Månad',
  monthName: (month) => monthNames[month - 1]!,
  place: 'Plats',
  allPlaces: 'Alla kiosker',
  centre: (centre) => (centre === null ? 'Kiosker utan verksamhetsställe' : `Verksamhetsställe ${centre}`),
  kiosk: (kioskId) => `Kiosk ${kioskId}`,
  language: 'Svarsspråk',
  allLanguages: 'Alla språk',
  languageNames: { fi: 'finska', sv: 'svenska', en: 'engelska', selko: 'lättläst finska' },
};
