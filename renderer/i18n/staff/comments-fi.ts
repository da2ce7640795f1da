import { reportFilterFi } from './report-filter-fi.ts';
import type { CommentDecisionKind, CommentShow } from '../../../shared/comment-decisions.ts';

/**
 * The staff tool's words about clients' comments: reading, searching, and deciding what to hide,
 * follow up or put in the social report. Finnish first; the other languages follow this shape.
 */
export const staffCommentsFi = {
  intro:
    'Asiakkaiden omin sanoin kirjoittamat kommentit, joka kerta uudessa satunnaisessa järjestyksessä. Kommentista näkyy vain viikko, ei päivää eikä kellonaikaa.',
  filtersLegend: 'Mitkä kommentit',
  filter: { ...reportFilterFi, period: 'Aika' },
  includeRepeats: 'Mukaan myös nopeat toistovastaukset (ehkä sama ihminen uudelleen)',
  search: 'Hae kommenteista',
  searchHint:
    'Isot ja pienet kirjaimet sekä tarkkeet (é, ü) eivät vaikuta hakuun; å, ä ja ö ovat omia kirjaimiaan.',
  show: 'Näytä',
  shows: {
    all: 'Kaikki (ei piilotettuja)',
    flagged: 'Seurattavaksi merkityt',
    selected: 'Raporttiin valitut',
    hidden: 'Piilotetut',
  } satisfies Record<CommentShow, string>,
  loading: 'Haetaan kommentteja…',
  resultsTitle: 'Löydetyt kommentit',
  count: (count: number) => (count === 1 ? '1 kommentti' : `${count} kommenttia`),
  none: 'Näillä valinnoilla ei ole kommentteja.',
  heldBack: (wordings: number, minCellSize: number) =>
    `${wordings === 1 ? 'Yhden kysymyksen' : `${wordings} kysymyksen`} kommentteja ei näytetä, koska ${wordings === 1 ? 'siihen' : 'niihin'} vastasi näillä valinnoilla alle ${minCellSize} ihmistä: kommentin kirjoittaja voitaisiin tunnistaa.`,
  week: (week: number, year: number) => `viikko ${week}/${year}`,
  answer: 'Vastaus',
  commentId: (id: string) => `Tunniste ${id}`,
  states: { hidden: 'Piilotettu', flagged: 'Seurattava', selected: 'Valittu raporttiin' },
  actions: {
    hide: 'Piilota',
    unhide: 'Palauta näkyviin',
    flag: 'Merkitse seurattavaksi',
    unflag: 'Poista seurantamerkintä',
    select: 'Valitse raporttiin',
    unselect: 'Poista raportista',
  } satisfies Record<CommentDecisionKind, string>,
  decideTitle: {
    hide: 'Piilota kommentti raporteista ja vienneistä',
    unhide: 'Palauta kommentti näkyviin',
    flag: 'Merkitse kommentti seurattavaksi',
    unflag: 'Poista seurantamerkintä',
    select: 'Valitse kommentti sosiaaliseen raporttiin',
    unselect: 'Poista kommentti sosiaalisesta raportista',
  } satisfies Record<CommentDecisionKind, string>,
  hideNote:
    'Kommenttia ei poisteta: se jää talteen ja näkyy kohdassa Piilotetut, mutta ei raporteissa eikä vienneissä.',
  decidedBy: 'Kuka päätti',
  decidedByHint: 'Esimerkiksi nimi, "asiakasraati" tai "tiimipalaveri 3.12." Kirjataan muutoslokiin.',
  decidedByOptional: 'Kuka päätti (vapaaehtoinen)',
  decidedByMissing: 'Kirjoita, kuka päätti: nimi tai esimerkiksi palaveri ja sen päivä.',
  reason: 'Syy (vapaaehtoinen)',
  confirm: 'Vahvista',
  cancel: 'Peruuta',
  saving: 'Tallennetaan…',
  decided: {
    hide: 'Kommentti piilotettiin. Se löytyy kohdasta Piilotetut.',
    unhide: 'Kommentti palautettiin näkyviin.',
    flag: 'Kommentti merkittiin seurattavaksi.',
    unflag: 'Seurantamerkintä poistettiin.',
    select: 'Kommentti valittiin raporttiin.',
    unselect: 'Kommentti poistettiin raportista.',
  } satisfies Record<CommentDecisionKind, string>,
  changeLogTitle: 'Muutosloki',
  changeLogIntro: 'Kuka päätti mitäkin kommenteista, uusin ensin. Lokiin ei kirjata mitään asiakkaasta.',
  changeLogEmpty: 'Kommenteista ei ole vielä päätetty mitään.',
  changeLogColumns: {
    at: 'Aika',
    action: 'Päätös',
    comment: 'Kommentti',
    decidedBy: 'Kuka päätti',
    reason: 'Syy',
  },
};

export type StaffCommentsDictionary = typeof staffCommentsFi;
