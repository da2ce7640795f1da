import { dash, day, month, space } from './patterns.ts';
import type { Span } from './span.ts';

/**
 * A run of digit groups as people write phone numbers: an optional `+`, an optional area code in
 * brackets (`(09)`, `+358 (0)40`), groups joined by a space or a dash. Dots, commas and colons do
 * not join groups, and a run never starts right after a digit followed by one of them, so dates
 * (`12.3.2024`), times (`14.30`, `14:30`) and prices (`5,50`) never become runs.
 */
const area = '\\(\\+?\\d{1,5}\\)';
const numberRun = new RegExp(
  `(?<![\\p{N}+]|\\p{N}[.,:])(?:\\+${space}?)?(?:${area}${space}?)?\\d+` +
    `(?:(?:${space}?${dash}${space}?|${space}|${space}?${area}${space}?)\\d+)*`,
  'gu',
);

/**
 * Runs of seven digits or more that are still ordinary numbers, once spaces and dashes are made
 * plain: a date (`12-3-2024`, `2024-03-12`), years and year ranges (`2019–2023`), hour ranges
 * (`9-11 13-15`), amounts in thousands (`1 250 000`) and a house number before a postcode
 * (`31 00530`), or several of these in a row. None is long: a run over 40 characters is not
 * checked against them, which also keeps the check from growing with the length of the text.
 */
const year = '(?:19|20)\\d\\d';
const shortDay = `(?:[1-9]|${day})`;
const shortMonth = `(?:[1-9]|${month})`;
const piece =
  `(?:${shortDay}[ -]${shortMonth}[ -]${year}|${year}-${shortMonth}-${shortDay}|${year}` +
  `|\\d{1,2}-\\d{1,2}|[1-9]\\d{0,2}(?: \\d{3})+|[1-9]\\d{0,2} \\d{5})`;
const ordinary = new RegExp(`^${piece}(?:[ -]${piece})*$`);
const longestOrdinary = 40;

/** Spaces and dashes in one spelling each, so the shapes above stay short. */
const plain = (run: string) =>
  run.replace(new RegExp(space, 'g'), ' ').replace(new RegExp(`${space}?${dash}${space}?`, 'g'), '-');

/**
 * The rule: a run is a phone number when it has at least seven digits and either starts with `+`,
 * or is not one of the ordinary shapes above and does not start with `000` (no number does;
 * `00` is the international prefix). No upper limit: two numbers typed one after the other are
 * still two numbers. Seven is the shortest Finnish number with its area code (`09 12345`) and the
 * shortest local number without one (`123 4567`). The price of erring towards privacy: an
 * unbroken number of seven digits or more (`1000000`) is taken for a phone number.
 */
function isPhone(run: string): boolean {
  const digits = run.replace(/\D/g, '');
  if (digits.length < 7) return false;
  if (/^\(?\+/.test(run)) return true;
  if (digits.startsWith('000')) return false;
  return run.length > longestOrdinary || !ordinary.test(plain(run));
}

/** A group that starts with 0 after a space: where a national number can follow another number. */
const nationalAfterSpace = new RegExp(`(?<=${space})0`, 'g');

/**
 * Where in a run the phone number starts, or undefined when there is none. The whole run counts
 * first, so a number typed just before a phone number (`klo 14 040 123 4567`) goes with it rather
 * than a piece of the phone number being left behind. Only when the whole run reads as an
 * ordinary number is a national number looked for after one of its spaces (`1 040 123 456`).
 */
function phoneStart(run: string): number | undefined {
  if (isPhone(run)) return 0;
  return Array.from(run.matchAll(nationalAfterSpace), (match) => match.index).find((start) =>
    isPhone(run.slice(start)),
  );
}

/** Where the text holds a phone number, Finnish or international, in any common writing. */
export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of text.matchAll(numberRun)) {
    const start = phoneStart(run[0]);
    if (start !== undefined) spans.push({ start: run.index + start, end: run.index + run[0].length });
  }
  return spans;
}
