import type { Dictionary } from './fi.ts';

export const en: Dictionary = {
  scales: {
    'smiley-5': ['Very bad', 'Bad', 'Neither good nor bad', 'Good', 'Very good'],
  },
  answerChoices: 'Answer choices',
  saving: 'Saving…',
  thanks: 'Thank you!',
  thanksSaved: 'Your answer has been saved.',
  saveFailed: 'Your answer could not be saved. Please tell the staff.',
  commentTitle: 'Would you like to tell us more?',
  commentHint: 'Please do not write names or contact details.',
  commentLabel: 'Your message',
  commentCounter: (used, max) => `${used} / ${max} characters`,
  commentPreview: 'Your message will be saved like this. We took out details that could identify you:',
  removedKinds: { 'identity-code': 'identity code', phone: 'phone number', email: 'e-mail address', iban: 'account number' },
  send: 'Send',
  skip: 'Skip',
  commentFailed: 'Your answer is saved, but the message could not be saved. Please tell the staff.',
  backToStart: 'Back to the start',
  unavailable: 'The survey is not available right now. Trying again in a moment.',
  staffReportTitle: 'Answers by question',
  staffNoAnswers: 'No answers have been imported yet.',
  staffAnswer: 'Answer',
  staffCount: 'Count',
  staffTotal: 'Total',
  staffSuppressed: (minCellSize) => `fewer than ${minCellSize}`,
  staffSuppressionNote: (minCellSize) =>
    `Counts under ${minCellSize} are hidden so that no one can be singled out.`,
};
