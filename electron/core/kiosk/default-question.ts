import type { Question } from '../../../shared/domain.ts';

/** The question a new kiosk asks until reception picks another. */
export const defaultQuestion: Question = {
  id: 'visit-today',
  version: 1,
  scale: 'smiley-5',
  texts: {
    fi: 'Millainen käyntisi oli tänään?',
    sv: 'Hur var ditt besök i dag?',
    en: 'How was your visit today?',
  },
};
