import { dash, day, month, space } from './patterns.ts';
import { type Span, spansOf } from './span.ts';

/**
 * Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign (`+`, `-`, or one of
 * `A–F`, `U–Y`), a three-digit individual number and a check character. The shape alone is
 * redacted: a code with a wrong check character or an impossible date still points at a person,
 * so neither is verified. Only a day 01–31 and a month 01–12 are asked for, so that other numbers
 * with six digits before a dash are not taken for one. Common slips are taken too: any case, a dash or a space around the
 * sign, a missing check character, or the sign left out when a check letter closes the code.
 * Any letter counts as the check character, because a mistyped one hides nothing.
 */
const identityCode = new RegExp(
  `(?<!\\d)${day}${month}\\d\\d` +
    `(?:${space}?(?:[+A-FU-Y]|${dash})${space}?\\d{3}[0-9A-Z]?(?!\\d)` +
    `|${space}?\\d{3}[A-Z](?![\\p{L}\\p{N}]))`,
  'giu',
);

/** Where the text holds something shaped like a Finnish personal identity code. */
export function findIdentityCodes(text: string): Span[] {
  return spansOf(identityCode, text);
}
