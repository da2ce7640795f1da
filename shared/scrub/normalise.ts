import type { Span } from './span.ts';

/**
 * The client's text as the detectors read it, and where each of its characters came from.
 *
 * A number can be disguised without changing how it looks: full-width digits (`０４０`), digits of
 * another script (`٠٤٠`), a zero-width space between two digits, a full-width `＠`. Each detector
 * would need every look-alike in every pattern; instead they all read one plain copy, and what
 * they find is mapped back onto the client's own text, which is kept as it was typed everywhere
 * else.
 */
export type NormalisedText = {
  text: string;
  /** For each UTF-16 unit of `text`, where the client's characters that became it start and end. */
  from: number[];
  to: number[];
};

/**
 * One character with the combining marks after it, normalised together so that a letter and its
 * accent typed apart (`a` + `¨`) read as the one letter they show.
 */
const cluster = /\P{M}\p{M}*|\p{M}+/gsu;

/** Characters that show nothing: zero-width spaces and joiners, word joiner, BOM, soft hyphen, variation selectors. */
const invisible = /\p{Default_Ignorable_Code_Point}/gu;

const otherDigit = /[^\x00-\x7f]/u;
const decimalDigit = /\p{Nd}/u;
const isDecimalDigit = (codePoint: number) => decimalDigit.test(String.fromCodePoint(codePoint));

/**
 * A digit of any script as the ASCII digit of the same value. Unicode assigns each script's
 * digits 0–9 in a row of ten code points, rows side by side starting again at zero, so a digit's
 * value is how far it stands from the start of its row, modulo ten.
 */
function asciiDigit(character: string): string {
  const codePoint = character.codePointAt(0)!;
  let first = codePoint;
  while (first > 0 && isDecimalDigit(first - 1)) first -= 1;
  return String((codePoint - first) % 10);
}

/**
 * NFKC (compatibility forms become plain ones: `０`→`0`, `＠`→`@`, `－`→`-`, no-break and thin
 * spaces → space), invisible characters dropped, and every decimal digit made ASCII.
 */
function plain(piece: string): string {
  let out = '';
  for (const character of piece.replace(invisible, '').normalize('NFKC'))
    out += otherDigit.test(character) && decimalDigit.test(character) ? asciiDigit(character) : character;
  return out;
}

/** The text the detectors search, with the way back to the client's text. */
export function normalise(text: string): NormalisedText {
  const from: number[] = [];
  const to: number[] = [];
  let out = '';
  for (const match of text.matchAll(cluster)) {
    // ASCII is already plain, and most of any text.
    const piece = match[0] < '\x80' && match[0].length === 1 ? match[0] : plain(match[0]);
    const end = match.index + match[0].length;
    for (let unit = 0; unit < piece.length; unit += 1) {
      from.push(match.index);
      to.push(end);
    }
    out += piece;
  }
  return { text: out, from, to };
}

/**
 * A span of the normalised text as the stretch of the client's text it came from. An invisible
 * character inside the span goes with it; one at either edge stays, showing nothing.
 */
export function inClientText(normalised: NormalisedText, span: Span): Span {
  return { start: normalised.from[span.start]!, end: normalised.to[span.end - 1]! };
}
