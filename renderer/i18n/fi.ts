/** Finnish, the default: every key of the UI is defined here first; other languages follow it. */
export const fi = {
  scales: {
    'smiley-5': ['Erittäin huono', 'Huono', 'Ei hyvä eikä huono', 'Hyvä', 'Erittäin hyvä'],
  },
  answerChoices: 'Vastausvaihtoehdot',
  saving: 'Tallennetaan…',
  thanks: 'Kiitos!',
  thanksSaved: 'Vastauksesi on tallennettu.',
  saveFailed: 'Vastaustasi ei voitu tallentaa. Kerro siitä henkilökunnalle.',
  commentTitle: 'Haluatko kertoa lisää?',
  commentHint: 'Älä kirjoita nimiä tai yhteystietoja.',
  commentLabel: 'Oma viestisi',
  commentCounter: (used: number, max: number) => `${used} / ${max} merkkiä`,
  commentPreview: 'Viestisi tallennetaan näin. Poistimme tiedot, joista sinut voisi tunnistaa:',
  removedKinds: { 'identity-code': 'henkilötunnus', phone: 'puhelinnumero', email: 'sähköpostiosoite', iban: 'tilinumero' },
  send: 'Lähetä',
  skip: 'Ohita',
  commentFailed: 'Vastauksesi on tallennettu, mutta viestiä ei voitu tallentaa. Kerro siitä henkilökunnalle.',
  backToStart: 'Takaisin alkuun',
  unavailable: 'Kysely ei ole juuri nyt käytössä. Yritetään uudelleen hetken päästä.',
  staffReportTitle: 'Vastaukset kysymyksittäin',
  staffNoAnswers: 'Vastauksia ei ole vielä tuotu.',
  staffAnswer: 'Vastaus',
  staffCount: 'Määrä',
  staffTotal: 'Yhteensä',
  staffSuppressed: (minCellSize: number) => `alle ${minCellSize}`,
  staffSuppressionNote: (minCellSize: number) =>
    `Alle ${minCellSize} vastauksen määriä ei näytetä, jotta ketään ei voi tunnistaa.`,
};

export type Dictionary = typeof fi;
