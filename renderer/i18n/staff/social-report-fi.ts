import { chartsFi } from './charts-fi.ts';
import { reportFilterFi } from './report-filter-fi.ts';
import type { ParticipationArea } from '../../../shared/participation-areas.ts';
import type { ReportPeriod } from '../../../shared/report-period.ts';

const quarterNames = ['tammi–maaliskuu', 'huhti–kesäkuu', 'heinä–syyskuu', 'loka–joulukuu'];

/** A period as the report names it. */
const periodName = (period: ReportPeriod) =>
  period.kind === 'all'
    ? 'koko ajalta'
    : period.kind === 'year'
      ? `vuosi ${period.year}`
      : period.kind === 'quarter'
        ? `${quarterNames[period.quarter - 1]} ${period.year}`
        : `${reportFilterFi.monthName(period.month, period.year)} ${period.year}`;

/**
 * The social report's words, Finnish first: the report for decision makers, its form in the
 * staff tool, and how it names a period. The other languages follow this shape.
 */
export const staffSocialReportFi = {
  title: 'Asiakkaiden palaute',
  periodName,
  dates: (from: string, to: string) => `${from}–${to}`,
  centres: 'Keskus',
  noCentre: 'keskusta ei nimetty',
  kiosks: (count: number) => `${count} ${count === 1 ? 'kioski' : 'kioskia'}`,
  areas: {
    'own-life': 'Osallisuus omassa elämässä',
    influencing: 'Osallisuus yhteisöissä ja vaikuttaminen',
    'common-good': 'Osallisuus yhteiseen hyvään',
    none: 'Muut kysymykset',
  } satisfies Record<ParticipationArea | 'none', string>,
  charts: chartsFi,
  itemCode: (code: string) => `Osio ${code}`,
  answers: 'Vastauksia',
  answer: 'Vastaus',
  count: 'Määrä',
  total: 'Yhteensä',
  fewerThan: (k: number) => `alle ${k}`,
  noQuestions: 'Tältä ajalta ja paikasta ei ole vastauksia.',
  commentsTitle: 'Asiakkaiden sanoin',
  noComments: 'Raporttiin ei ole valittu kommentteja.',
  gapsTitle: 'Puuttuvat vastaukset',
  gap: (kiosk: string, numbers: string, count: number) =>
    `Kioski ${kiosk}: ${count === 1 ? `erä ${numbers} ei koskaan saapunut` : `erät ${numbers} eivät koskaan saapuneet`}, joten niissä annetut vastaukset puuttuvat.`,
  noGaps: 'Kaikki kioskien lähettämät erät ovat perillä.',
  panelTitle: 'Asiakasraadin sanat',
  changesTitle: 'Mitä muutimme',
  notWritten: 'Ei kirjoitettu.',
  threshold: (k: number) =>
    `Alle ${k} vastauksen määriä ei näytetä, eikä lukuja, joista ne voisi laskea, jotta ketään ei voi tunnistaa.`,
  // The staff tool's form
  intro:
    'Raportti päättäjille valitulta ajalta ja paikalta. Kirjoita asiakasraadin sanat ja se, mitä muutitte, katso esikatselu ja tulosta.',
  choiceLegend: 'Raportin aika ja paikka',
  textsLegend: 'Raporttiin kirjoitettavat tekstit',
  filter: {
    ...reportFilterFi,
    period: 'Aika',
    periodKinds: { all: 'Koko aika', year: 'Vuosi', quarter: 'Neljännes', month: 'Kuukausi' },
    quarterName: (quarter: number, year: number) => periodName({ kind: 'quarter', year, quarter }),
    monthName: (month: number, year: number) => periodName({ kind: 'month', year, month }),
    centre: (centre: string | null) => `Keskus: ${centre ?? 'ei nimetty'}`,
  },
  panelLabel: 'Asiakasraadin sanat',
  panelHint: 'Raadin omin sanoin, sellaisena kuin raati ne sanoi.',
  changesLabel: 'Mitä keskus muutti',
  saveTexts: 'Tallenna tekstit',
  saving: 'Tallennetaan…',
  saved: 'Tekstit on tallennettu.',
  preview: 'Esikatselu',
  loading: 'Haetaan raporttia…',
  print: 'Tulosta raportti',
  printPoster: 'Tulosta juliste',
  posterPreview: 'Juliste ilmoitustaululle',
};

export type StaffSocialReportDictionary = typeof staffSocialReportFi;
