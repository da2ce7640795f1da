import { dash, day, hiddenDigit, month, space } from './patterns.ts';
import { type Span, mergeOverlaps, spansOf } from './span.ts';

/**
 * Finnish personal identity codes (henkilötunnus): DDMMYY, a century sign (`+`, `-`, or one of
 * `A–F`, `U–Y`), a three-digit individual number and a check character. Written so, the shape
 * alone is redacted: a code with a wrong check character or an impossible date still points at a
 * person, so neither is verified. Only a day 01–31 and a month 01–12 are asked for, so that other numbers
 * with six digits before a dash are not taken for one. Common slips are taken too: any case, a
 * dash or a space around the sign, a missing check character, or the sign left out when a check
 * letter closes the code. Any letter counts as the check character, because a mistyped one hides
 * nothing. The end may be hidden after the sign (`010190-XXXX`, `010190-12**`): the birth date
 * left showing still points at the person. Without the sign, hidden digits make a phone number's
 * shape (`0401234XXX`), and the phone detector takes it.
 */
const sign = `(?:[+A-FU-Y]|${dash})`;
const individual = `(?:\\d|${hiddenDigit}){3}`;
const check = '(?:[0-9A-Z]|[*#•])';
const asWritten = new RegExp(
  `(?<!\\d)${day}${month}\\d\\d` +
    `(?:${space}?${sign}${space}?${individual}${check}?(?!\\d)` +
    `|${space}?\\d{3}[A-Z](?![\\p{L}\\p{N}]))`,
  'giu',
);

/**
 * The code with its date written as a date: with dots (`01.01.90-123A`, `1.1.90-123A`), or with
 * the whole year (`1.1.1990-123A`, `01011990-123A`); and the compact code with a dot or an
 * underscore for its sign (`010190.123A`). These are looser, so the check character must be
 * there, and four plain digits after the date (`5.12.24 1500`, `1.1.2024-2025`) count only when
 * the last is the right check character for the rest.
 */
const shortDay = `(?:0?[1-9]|[12]\\d|3[01])`;
const shortMonth = `(?:0?[1-9]|1[0-2])`;
const fullYear = '(?:18|19|20)(\\d\\d)';
const tail = `(${individual})(${check})(?![\\p{L}\\p{N}])`;
const loose = [
  `(${day})(${month})(\\d\\d)[._]${tail}`,
  `(${shortDay})\\.(${shortMonth})\\.(\\d\\d)(?:${space}?${sign}${space}?|[._ ])${tail}`,
  `(${shortDay})\\.(${shortMonth})\\.${fullYear}(?:${space}?${dash}${space}?|[._ ])${tail}`,
  `(${day})(${month})${fullYear}(?:${space}?${dash}${space}?|[._ ])${tail}`,
].map((form) => new RegExp(`(?<!\\d|\\d\\.)${form}`, 'giu'));

const checkCharacters = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Whether the digits and check character agree: the birth date and individual number modulo 31. */
function checks(dayOfMonth: string, monthNumber: string, twoDigitYear: string, number: string, char: string) {
  const digits = dayOfMonth.padStart(2, '0') + monthNumber.padStart(2, '0') + twoDigitYear + number;
  return checkCharacters[Number(digits) % 31] === char.toUpperCase();
}

function findLoose(text: string): Span[] {
  return loose.flatMap((form) =>
    Array.from(text.matchAll(form))
      .filter(
        ([, dd, mm, yy, number, char]) =>
          !/^\d{4}$/.test(number! + char!) || checks(dd!, mm!, yy!, number!, char!),
      )
      .map((match) => ({ start: match.index, end: match.index + match[0].length })),
  );
}

/** Where the text holds something shaped like a Finnish personal identity code. */
export function findIdentityCodes(text: string): Span[] {
  const spans = [...spansOf(asWritten, text), ...findLoose(text)];
  return mergeOverlaps(spans.sort((a, b) => a.start - b.start));
}
