import type { Dictionary } from './fi.ts';

export const sv: Dictionary = {
  scales: {
    'smiley-5': ['Mycket dåligt', 'Dåligt', 'Varken bra eller dåligt', 'Bra', 'Mycket bra'],
  },
  answerChoices: 'Svarsalternativ',
  saving: 'Sparar…',
  thanks: 'Tack!',
  thanksSaved: 'Ditt svar har sparats.',
  saveFailed: 'Ditt svar kunde inte sparas. Säg till personalen.',
  commentTitle: 'Vill du berätta mer?',
  commentHint: 'Skriv inga namn eller kontaktuppgifter.',
  commentLabel: 'Ditt meddelande',
  commentCounter: (used, max) => `${used} / ${max} tecken`,
  commentPreview: 'Ditt meddelande sparas så här. Vi tog bort uppgifter som kunde avslöja vem du är:',
  removedKinds: { 'identity-code': 'personbeteckning', phone: 'telefonnummer', email: 'e-postadress', iban: 'kontonummer' },
  send: 'Skicka',
  skip: 'Hoppa över',
  commentFailed: 'Ditt svar har sparats, men meddelandet kunde inte sparas. Säg till personalen.',
  backToStart: 'Tillbaka till början',
  unavailable: 'Enkäten är inte i bruk just nu. Vi försöker igen om en stund.',
  staffReportTitle: 'Svar per fråga',
  staffNoAnswers: 'Inga svar har importerats ännu.',
  staffAnswer: 'Svar',
  staffCount: 'Antal',
  staffTotal: 'Totalt',
  staffSuppressed: (minCellSize) => `färre än ${minCellSize}`,
  staffSuppressionNote: (minCellSize) =>
    `Antal under ${minCellSize} visas inte, så att ingen kan identifieras.`,
};
