import type { Language } from '../../../shared/languages.ts';
import type { ReportPeriod } from '../../../shared/report-period.ts';

const monthNames = [
  'tammikuu',
  'helmikuu',
  'maaliskuu',
  'huhtikuu',
  'toukokuu',
  'kesäkuu',
  'heinäkuu',
  'elokuu',
  'syyskuu',
  'lokakuu',
  'marraskuu',
  'joulukuu',
];

/**
 * The words of a report's filters (renderer/staff/report-filter), shared by the results, the
 * comments and the social report; each section may say its own label where it reads better.
 * Finnish first; the other languages follow this shape.
 */
export const reportFilterFi = {
  period: 'Ajanjakso',
  periodKinds: {
    all: 'Koko aika',
    year: 'Vuosi',
    quarter: 'Vuosineljännes',
    month: 'Kuukausi',
  } satisfies Record<ReportPeriod['kind'], string>,
  year: 'Vuosi',
  quarter: 'Neljännes',
  /** A quarter or month as its list names it; the year is there for names that say it. */
  quarterName: (quarter: number, _year: number) => `${quarter}. neljännes`,
  month: 'Kuukausi',
  monthName: (month: number, _year: number) => monthNames[month - 1]!,
  place: 'Paikka',
  allPlaces: 'Kaikki kioskit',
  centre: (centre: string | null) =>
    centre === null ? 'Kioskit ilman toimipistettä' : `Toimipiste ${centre}`,
  kiosk: (kioskId: string) => `Kioski ${kioskId}`,
  language: 'Vastauskieli',
  allLanguages: 'Kaikki kielet',
  languageNames: { fi: 'suomi', sv: 'ruotsi', en: 'englanti', selko: 'selkosuomi' } satisfies Record<
    Language,
    string
  >,
};

export type ReportFilterWords = typeof reportFilterFi;
