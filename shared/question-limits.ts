/**
 * The limits of a question's wording, apart from its schema (domain.ts builds it from these), so
 * the admin screen's editor can stop at them without bringing zod into its bundle.
 */

/** The longest text a question or a follow-up may have in one language. */
export const maxQuestionTextLength = 500;

/** More follow-ups after one answer would not fit a screen as big buttons. */
export const maxFollowUpsPerTone = 6;
