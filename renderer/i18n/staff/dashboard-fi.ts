import { reportFilterFi } from './report-filter-fi.ts';
import { chartsFi } from './charts-fi.ts';
import type { ParticipationArea } from '../../../shared/participation-areas.ts';

/** The dashboard's words, Finnish first; the other languages follow this shape. */
export const staffDashboardFi = {
  title: 'Tulokset',
  intro: 'Vastaukset kysymyksittäin valitulta ajalta ja paikasta.',
  loading: 'Haetaan vastauksia…',
  filtersTitle: 'Mitä näytetään',
  filter: reportFilterFi,
  includeRepeats: 'Ota mukaan nopeat uusintavastaukset',
  includeRepeatsHint:
    'Pois päältä: vastaus, joka annetaan heti toisen perään samalla kioskilla, jätetään pois, koska sen voi antaa sama ihminen uudelleen.',
  sideBySide: 'Näytä osat rinnakkain',
  sideBySideHint: 'Toimipisteet tai toimipisteen kioskit vierekkäin jokaisen kysymyksen alla.',
  areas: {
    'own-life': 'Oma elämä',
    influencing: 'Yhteisöt ja vaikuttaminen',
    'common-good': 'Yhteinen hyvä',
  } satisfies Record<ParticipationArea, string>,
  noArea: 'Ei osallisuuden aluetta',
  questionId: (id: string, version: number) => `Kysymys ${id}, versio ${version}`,
  itemCode: (code: string) => `Tunniste ${code}`,
  answers: (count: string) => `Vastauksia: ${count}`,
  distributionTitle: 'Vastausten jakauma',
  trendTitle: { week: 'Myönteiset viikoittain', month: 'Myönteiset kuukausittain' },
  comparisonTitle: 'Osat rinnakkain',
  noParts: 'Yksittäisellä kioskilla ei ole osia rinnakkain näytettäviksi.',
  empty: 'Tältä ajalta ja paikalta ei ole vastauksia.',
  emptyAdvice:
    'Valitse pidempi ajanjakso, kaikki kioskit tai kaikki kielet. Jos vastauksia ei ole vielä tuotu, tuo ne kohdassa Tuonti.',
  kTitle: 'Pienten lukujen suojaus',
  kLabel: 'Pienin näytettävä määrä',
  kHint: (min: number, max: number) =>
    `Määrä, jota pienemmät luvut piilotetaan ("alle 5"), jotta yksittäistä vastaajaa ei voi tunnistaa. Luvusta ${min} lukuun ${max}. Suurempi luku piilottaa enemmän.`,
  kSave: 'Tallenna',
  kSaved: (k: number) => `Tallennettu: luvut alle ${k} piilotetaan.`,
  kOutOfRange: (min: number, max: number) =>
    `Kirjoita kokonaisluku väliltä ${min}–${max}. Alle ${min}:n luvut voisivat paljastaa yksittäisen vastaajan.`,
  charts: chartsFi,
};

export type StaffDashboardWords = typeof staffDashboardFi;
