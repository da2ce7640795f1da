/**
 * Regular-expression pieces more than one detector uses, as source text to build patterns from.
 * Clients type on touch keyboards and paste from phones, which turn `-` into dashes and spaces
 * into no-break spaces, so every detector must accept the same look-alikes. Full-width forms and
 * invisible characters never reach a pattern: normalise.ts makes them plain first.
 */

/**
 * Space, no-break space and the narrow no-break space some keyboards put between digit groups
 * (normalising already makes both no-break spaces plain; a pattern still reads right alone).
 */
export const space = '[ \\u00a0\\u202f]';

/** Hyphen-minus, the Unicode hyphens and dashes (U+2010–U+2015) and the minus sign. */
export const dash = '[\\-\\u2010-\\u2015\\u2212]';

/** A two-digit day 01–31; the calendar is not checked, a look-alike date must still count. */
export const day = '(?:0[1-9]|[12]\\d|3[01])';

/** A two-digit month 01–12. */
export const month = '(?:0[1-9]|1[0-2])';

/**
 * A digit the writer hid (`040 123 45xx`, `040-***-4567`, `010190-••••`): a number with a few
 * digits hidden is still one someone can finish. An x counts only where the x's it starts are not
 * followed by another letter, so that words such as `3xl` are not read as numbers.
 */
export const hiddenDigit = '(?:[*#•]|[xX](?![xX]*[^\\P{L}xX]))';
