import type { ScaleId } from './scales.ts';

/**
 * What each value of a scale says in Finnish, from the most negative up, as the kiosk shows it
 * and as the staff exports name it: the office reads "Hyvä" where a number alone would need the
 * scale beside it, and never a different word from the one the client tapped.
 */
export const scaleWordsFi = {
  'smiley-3': ['Huono', 'Ei hyvä eikä huono', 'Hyvä'],
  'smiley-4': ['Erittäin huono', 'Huono', 'Hyvä', 'Erittäin hyvä'],
  'smiley-5': ['Erittäin huono', 'Huono', 'Ei hyvä eikä huono', 'Hyvä', 'Erittäin hyvä'],
  'yes-no': ['Ei', 'Kyllä'],
  'yes-no-unsure': ['Ei', 'En osaa sanoa', 'Kyllä'],
  'agree-5': [
    'Täysin eri mieltä',
    'Jokseenkin eri mieltä',
    'Ei samaa eikä eri mieltä',
    'Jokseenkin samaa mieltä',
    'Täysin samaa mieltä',
  ],
} satisfies Record<ScaleId, readonly string[]>;
