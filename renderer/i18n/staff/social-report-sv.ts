import { chartsSv } from './charts-sv.ts';
import type { ReportPeriod } from '../../../shared/report-period.ts';
import { reportFilterSv } from './report-filter-sv.ts';
import type { StaffSocialReportDictionary } from './social-report-fi.ts';

const quarterNames = ['januari–mars', 'april–juni', 'juli–september', 'oktober–december'];

/** A period as the report names it. */
const periodName = (period: ReportPeriod) =>
  period.kind === 'all'
    ? 'hela tiden'
    : period.kind === 'year'
      ? `år ${period.year}`
      : period.kind === 'quarter'
        ? `${quarterNames[period.quarter - 1]} ${period.year}`
        : `${reportFilterSv.monthName(period.month, period.year)} ${period.year}`;

export const staffSocialReportSv: StaffSocialReportDictionary = {
  title: 'Klienternas respons',
  periodName,
  dates: (from, to) => `${from}–${to}`,
  centres: 'Center',
  noCentre: 'inget center angivet',
  kiosks: (count) => `${count} ${count === 1 ? 'kiosk' : 'kiosker'}`,
  areas: {
    'own-life': 'Delaktighet i det egna livet',
    influencing: 'Delaktighet i gemenskaper och påverkan',
    'common-good': 'Delaktighet i det gemensamma goda',
    none: 'Övriga frågor',
  },
  charts: chartsSv,
  itemCode: (code) => `Del ${code}`,
  answers: 'Svar',
  answer: 'Svar',
  count: 'Antal',
  total: 'Totalt',
  fewerThan: (k) => `färre än ${k}`,
  noQuestions: 'Det finns inga svar från den här tiden och platsen.',
  commentsTitle: 'Med klienternas ord',
  noComments: 'Inga kommentarer har valts till rapporten.',
  gapsTitle: 'Svar som saknas',
  gap: (kiosk, numbers, count) =>
    `Kiosk ${kiosk}: ${count === 1 ? `parti ${numbers} kom aldrig fram` : `partierna ${numbers} kom aldrig fram`}, så svaren som gavs då saknas.`,
  noGaps: 'Alla partier som kioskerna skickat har kommit fram.',
  panelTitle: 'Klientpanelens ord',
  changesTitle: 'Vad vi ändrade',
  notWritten: 'Inte skrivet.',
  threshold: (k) =>
    `Antal under ${k} svar visas inte, inte heller tal som de kunde räknas ut ur, så att ingen kan identifieras.`,
  intro:
    'En rapport för beslutsfattare om vald tid och plats. Skriv klientpanelens ord och vad ni ändrade, se förhandsvisningen och skriv ut.',
  choiceLegend: 'Rapportens tid och plats',
  textsLegend: 'Texter som skrivs i rapporten',
  filter: {
    ...reportFilterSv,
    period: 'Tid',
    periodKinds: { all: 'Hela tiden', year: 'År', quarter: 'Kvartal', month: 'Månad' },
    quarterName: (quarter: number, year: number) => periodName({ kind: 'quarter', year, quarter }),
    monthName: (month: number, year: number) => periodName({ kind: 'month', year, month }),
    centre: (centre: string | null) => `Center: ${centre ?? 'inte angivet'}`,
  },
  panelLabel: 'Klientpanelens ord',
  panelHint: 'Med panelens egna ord, så som panelen sade dem.',
  changesLabel: 'Vad centret ändrade',
  saveTexts: 'Spara texterna',
  saving: 'Sparar…',
  saved: 'Texterna har sparats.',
  preview: 'Förhandsvisning',
  loading: 'Hämtar rapporten…',
  print: 'Skriv ut rapporten',
  printPoster: 'Skriv ut affischen',
  posterPreview: 'Affisch för anslagstavlan',
};
