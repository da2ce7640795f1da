import type { FrozenQuestion } from './frozen-question.ts';

/**
 * Version 2 of the first question, as migration 6 stores it. Frozen like the migration: a
 * different wording or set of chips is a new version, added by a new migration or by reception.
 */
export const firstQuestionWithFollowUps: FrozenQuestion = {
  id: 'visit-today',
  version: 2,
  scale: 'smiley-5',
  texts: {
    fi: 'Millainen käyntisi oli tänään?',
    sv: 'Hur var ditt besök i dag?',
    en: 'How was your visit today?',
    selko: 'Millainen käynti oli tänään?',
  },
  followUps: {
    positive: [
      {
        id: 'was-listened-to',
        texts: {
          fi: 'Minua kuunneltiin',
          sv: 'Jag blev lyssnad på',
          en: 'I was listened to',
          selko: 'Minua kuunneltiin',
        },
        pictogram: 'listening-ear',
      },
      {
        id: 'got-help',
        texts: { fi: 'Sain apua', sv: 'Jag fick hjälp', en: 'I got help', selko: 'Sain apua' },
        pictogram: 'handshake',
      },
      {
        id: 'good-atmosphere',
        texts: {
          fi: 'Hyvä tunnelma',
          sv: 'God stämning',
          en: 'A good atmosphere',
          selko: 'Täällä oli mukavaa',
        },
        pictogram: 'heart',
      },
    ],
    negative: [
      {
        id: 'waited-too-long',
        texts: {
          fi: 'Jouduin odottamaan liian kauan',
          sv: 'Jag fick vänta för länge',
          en: 'I had to wait too long',
          selko: 'Odotin liian kauan',
        },
        pictogram: 'clock',
      },
      {
        id: 'no-help',
        texts: {
          fi: 'En saanut apua',
          sv: 'Jag fick ingen hjälp',
          en: 'I did not get help',
          selko: 'En saanut apua',
        },
        pictogram: 'question',
      },
      {
        id: 'felt-unsafe',
        texts: {
          fi: 'En tuntenut oloani turvalliseksi',
          sv: 'Jag kände mig inte trygg',
          en: 'I did not feel safe',
          selko: 'Minulla oli paha olla täällä',
        },
        pictogram: 'shield',
      },
    ],
  },
  freeText: true,
};
