import { space } from './patterns.ts';
import { type Span, spansOf } from './span.ts';

/**
 * E-mail addresses, with subaddresses (`nimi+palaute@…`), letters such as ä in names, and the
 * `nimi(at)domain.fi` and `nimi[at]domain.fi` spellings Finnish organisations taught people to
 * use. A plain ` at ` is left alone: in English text it is an ordinary word before a place name.
 * A space either side of `@` is taken as a slip of the thumb. The look-behind makes the search
 * start only where a run of address characters starts, which keeps it linear on long words.
 */
const email = new RegExp(
  `(?<![\\p{L}\\p{N}._%+\\-])[\\p{L}\\p{N}._%+\\-]+${space}?(?:@|\\(at\\)|\\[at\\])${space}?` +
    `[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.\\p{L}{2,}`,
  'giu',
);

/** Where the text holds an e-mail address. */
export function findEmails(text: string): Span[] {
  return spansOf(email, text);
}
