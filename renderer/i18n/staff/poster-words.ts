import type { PosterLanguage } from '../../../shared/contract/staff-social-report.ts';

/**
 * The poster's words for the notice board: easy Finnish (selkosuomi), easy Swedish and plain
 * English. Short sentences, common words, one thing a sentence.
 */
export type PosterWords = {
  title: string;
  intro: string;
  answers: (count: number) => string;
  mostPositive: string;
  fewerThan: (k: number) => string;
  notEnough: string;
  thanks: string;
};

export const posterWords: Record<PosterLanguage, PosterWords> = {
  selko: {
    title: 'Mitä te vastasitte',
    intro: 'Kysyimme teiltä, miltä täällä tuntuu. Tässä ovat vastaukset.',
    answers: (count) => `Saimme ${count} vastausta.`,
    mostPositive: 'Useimmat vastaukset olivat hyviä.',
    fewerThan: (k) => `alle ${k}`,
    notEnough: 'Vastauksia on vielä liian vähän. Kerromme, kun niitä on enemmän.',
    thanks: 'Kiitos, että vastasit!',
  },
  sv: {
    title: 'Vad ni svarade',
    intro: 'Vi frågade hur ni har det här. Här är svaren.',
    answers: (count) => `Vi fick ${count} svar.`,
    mostPositive: 'De flesta svaren var bra.',
    fewerThan: (k) => `färre än ${k}`,
    notEnough: 'Det finns ännu för få svar. Vi berättar när det finns fler.',
    thanks: 'Tack för att du svarade!',
  },
  en: {
    title: 'What you told us',
    intro: 'We asked how things are here for you. These are the answers.',
    answers: (count) => `We got ${count} answers.`,
    mostPositive: 'Most answers were good.',
    fewerThan: (k) => `fewer than ${k}`,
    notEnough: 'There are not enough answers yet. We will tell you when there are more.',
    thanks: 'Thank you for answering!',
  },
};
