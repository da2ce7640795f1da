import { space } from './patterns.ts';
import { type Span, spansOf } from './span.ts';

/**
 * Bank account numbers in IBAN form, any country, any case, compact or in groups of four: two
 * letters, two check digits, then at least nine letters or digits ending in a digit. The shape is
 * enough: a mistyped IBAN is still the client's account, so the mod-97 check is not asked for.
 * Ending on a digit stops a grouped IBAN from swallowing a four-letter word after it; the price
 * is that the few IBANs ending in letters (MT, MU, SC) leave those last letters visible, and they
 * identify no one.
 */
const iban = new RegExp(
  `(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?:${space}?[A-Z\\d]{4}){2,}${space}?[A-Z\\d]{0,3}\\d(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Where the text holds an IBAN. */
export function findIbans(text: string): Span[] {
  return spansOf(iban, text);
}
