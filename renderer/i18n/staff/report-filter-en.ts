import type { ReportFilterWords } from './report-filter-fi.ts';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

export const reportFilterEn: ReportFilterWords = {
  period: 'Period',
  periodKinds: { all: 'All time', year: 'Year', quarter: 'Quarter', month: 'Month' },
  year: 'Year',
  quarter: 'Quarter',
  quarterName: (quarter) => `Quarter ${quarter}`,
  month: 'Month',
  monthName: (month) => monthNames[month - 1]!,
  place: 'Place',
  allPlaces: 'All kiosks',
  centre: (centre) => (centre === null ? 'Kiosks without a centre' : `Centre ${centre}`),
  kiosk: (kioskId) => `Kiosk ${kioskId}`,
  language: 'Language answered in',
  allLanguages: 'All languages',
  languageNames: { fi: 'Finnish', sv: 'Swedish', en: 'English', selko: 'Easy Finnish' },
};
