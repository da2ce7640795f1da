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
