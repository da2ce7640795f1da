import { space } from './patterns.ts';

/**
 * How people write the `@` and the dots of an e-mail address when they spell it out, in Finnish,
 * Swedish and English: for a form that rejects `@`, to get past a filter, or as they would say it.
 * Regular-expression sources, matched without regard to case.
 */

const alternatives = (words: readonly string[]) => words.map((word) => word.replace(/-/g, '[- ]?')).join('|');

/**
 * Words for `@` that are no ordinary word where they stand, so a domain with plain dots may follow:
 * fi `ät`, `ät-merkki`, `at-merkki`, `miukumauku`, `kissanhäntä`; sv `snabel-a`, `at-tecken`.
 */
const atWords = ['ät', 'ät-merkki', 'at-merkki', 'miukumauku', 'kissanhäntä', 'snabel-a', 'at-tecken'];

/** `@`, and `at` (or `ät`, or the `a` Finnish organisations use) in brackets, with spaces or without. */
const bracketedAt = '[(\\[{<](?:at|ät|a)[)\\]}>]';

/** An at sign as a sign or in brackets, or one of the words for it between spaces. */
export const atSign =
  `(?:${space}*(?:@|${bracketedAt})${space}*` + `|${space}+(?:${alternatives(atWords)})${space}+)`;

/**
 * The English `at` alone: an ordinary word before a place (`help at kela.fi`), so it is taken for
 * `@` only where the dots are spelled out too, or the name before it is shaped like a mailbox.
 */
export const bareAt = `${space}+at${space}+`;

/** Words for a dot: fi `piste` (and the short `pist`), sv `punkt`, en `dot`. */
const dotWords = ['piste', 'pist', 'punkt', 'dot'];

/** Where a word for a dot does not stand: a part of a domain is never one (`home dot dot dot`). */
export const notADotWord = `(?!(?:${alternatives(dotWords)})(?![\\p{L}\\p{N}]))`;

/**
 * A dot that is not written as one plain `.`: a word between spaces, a dot or word in brackets
 * (`[dot]`, `(piste)`, `(.)`), or a dot with a space before it (`esimerkki . fi`, `esimerkki .fi`).
 * A dot with a space only after it is where a sentence ends, and is not taken.
 */
export const spelledDot =
  `(?:${space}+(?:${alternatives(dotWords)})${space}+` +
  `|${space}*[(\\[{<](?:${alternatives(dotWords)}|\\.)[)\\]}>]${space}*` +
  `|${space}+\\.${space}*(?=[\\p{L}\\p{N}]))`;

/**
 * The end of a domain after a spelled dot: a country's two letters or a common generic ending.
 * Spelled dots are words, so what follows one must look like the end of an address before the
 * words are taken for one (`… at desk piste was nice` is no address).
 */
export const spelledTopLevel = '(?:\\p{L}{2}|com|net|org|info|edu|gov|biz)(?!\\p{L})';
