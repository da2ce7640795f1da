import { chartsEn } from './charts-en.ts';
import type { ReportPeriod } from '../../../shared/report-period.ts';
import { reportFilterEn } from './report-filter-en.ts';
import type { StaffSocialReportDictionary } from './social-report-fi.ts';

const quarterNames = ['January–March', 'April–June', 'July–September', 'October–December'];

/** A period as the report names it. */
const periodName = (period: ReportPeriod) =>
  period.kind === 'all'
    ? 'all time'
    : period.kind === 'year'
      ? `the year ${period.year}`
      : period.kind === 'quarter'
        ? `${quarterNames[period.quarter - 1]} ${period.year}`
        : `${reportFilterEn.monthName(period.month, period.year)} ${period.year}`;

export const staffSocialReportEn: StaffSocialReportDictionary = {
  title: "Clients' feedback",
  periodName,
  dates: (from, to) => `${from}–${to}`,
  centres: 'Centre',
  noCentre: 'no centre named',
  kiosks: (count) => `${count} ${count === 1 ? 'kiosk' : 'kiosks'}`,
  areas: {
    'own-life': "Participation in one's own life",
    influencing: 'Participation in communities and influence',
    'common-good': 'Participation in the common good',
    none: 'Other questions',
  },
  charts: chartsEn,
  itemCode: (code) => `Item ${code}`,
  answers: 'Answers',
  answer: 'Answer',
  count: 'Count',
  total: 'Total',
  fewerThan: (k) => `fewer than ${k}`,
  noQuestions: 'There are no answers from this time and place.',
  commentsTitle: "In the clients' words",
  noComments: 'No comments were chosen for the report.',
  gapsTitle: 'Missing answers',
  gap: (kiosk, numbers, count) =>
    `Kiosk ${kiosk}: ${count === 1 ? `batch ${numbers} never arrived` : `batches ${numbers} never arrived`}, so answers given then are missing.`,
  noGaps: 'Every batch the kiosks sent has arrived.',
  panelTitle: "The client panel's words",
  changesTitle: 'What we changed',
  notWritten: 'Not written.',
  threshold: (k) =>
    `Counts under ${k} answers are not shown, nor figures they could be worked out from, so that no one can be identified.`,
  intro:
    "A report for decision makers on the time and place you choose. Type the client panel's words and what you changed, look at the preview, and print.",
  choiceLegend: "The report's time and place",
  textsLegend: 'Texts written into the report',
  filter: {
    ...reportFilterEn,
    period: 'Time',
    periodKinds: { all: 'All time', year: 'Year', quarter: 'Quarter', month: 'Month' },
    quarterName: (quarter: number, year: number) => periodName({ kind: 'quarter', year, quarter }),
    monthName: (month: number, year: number) => periodName({ kind: 'month', year, month }),
    centre: (centre: string | null) => `Centre: ${centre ?? 'not named'}`,
  },
  panelLabel: "The client panel's words",
  panelHint: "In the panel's own words, as the panel said them.",
  changesLabel: 'What the centre changed',
  saveTexts: 'Save the texts',
  saving: 'Saving…',
  saved: 'The texts are saved.',
  preview: 'Preview',
  loading: 'Fetching the report…',
  print: 'Print the report',
  printPoster: 'Print the poster',
  posterPreview: 'Poster for the notice board',
};
