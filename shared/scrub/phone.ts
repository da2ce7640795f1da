import { dash, hiddenDigit, space } from './patterns.ts';
import { isOrdinaryNumber } from './ordinary-number.ts';
import type { Span } from './span.ts';

/**
 * A run of digit groups as people write phone numbers: an optional `+`, an optional area code in
 * brackets (`(09)`, `+358 (0)40`), groups joined by a space, a dash, a dot or an underscore
 * (`040.123.4567`, `040_123_4567`). A group may hold hidden digits (`45xx`, `***`), but a lone
 * `x` between spaces is no group (`3 x 4`). Commas and colons do not join groups, and a run never
 * starts right after a digit followed by one of them, so times (`14:30`) and prices (`5,50`) never
 * become runs; dots do join, and what they join is told apart from a phone number below.
 */
const area = '\\(\\+?\\d{1,5}\\)';
const joiner = `(?:${space}?${dash}${space}?|${space}|${space}?${area}(?:${space}|[._])?|[._])`;
const group = `(?:\\d|${hiddenDigit}(?=\\d|${hiddenDigit}))(?:\\d|${hiddenDigit})*`;
const numberRun = new RegExp(
  `(?<![\\p{N}+]|\\p{N}[.,:])(?:\\+${space}?)?(?:${area}(?:${space}|[._])?)?\\d(?:\\d|${hiddenDigit})*` +
    `(?:${joiner}${group})*`,
  'gu',
);

const hidden = /[*#•xX]/g;

/**
 * The rule: a run is a phone number when it has at least seven digits, counting the hidden ones,
 * no more of them hidden than shown, and either starts with `+`, or is not an ordinary number
 * (see ordinary-number.ts) and does not start with `000` (no number does; `00` is the
 * international prefix). No upper limit: two numbers typed one after the other are still two
 * numbers. Seven is the shortest Finnish number with its area code (`09 12345`) and the shortest
 * local number without one (`123 4567`). The price of erring towards privacy: an unbroken number
 * of seven digits or more (`1000000`) is taken for a phone number.
 */
function isPhone(run: string): boolean {
  const shown = run.replace(/\D/g, '').length;
  const hiddenCount = run.match(hidden)?.length ?? 0;
  if (shown + hiddenCount < 7 || hiddenCount > shown) return false;
  if (/^\(?\+/.test(run)) return true;
  if (run.replace(/[^\d*#•xX]/g, '').startsWith('000')) return false;
  return !isOrdinaryNumber(run.replace(hidden, '0'));
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

/**
 * Groups joined by dots. A date, time or price written with dots (`12.3.2024`, `14.30`, `1.50`)
 * stands on its own: the run is cut around it, so `12.3.2024 15 min` stays a date and a count,
 * and `klo 14.30 040 123 4567` keeps its time. Dots that join a phone number's groups
 * (`040.123.4567`) make no ordinary number and stay in the run.
 */
const dotted = /(?<![\d*#•xX])\d[\d*#•xX]*(?:\.[\d*#•xX]+)+/g;
const joinerAtEnds = new RegExp(`^(?:${space}|${dash}|_)+|(?:${space}|${dash}|_)+$`, 'g');

/**
 * The parts of a run between its dotted dates, times and prices, and where each starts in the run.
 * A run that starts as an international number (`+`, `00`) is one part: after a country code,
 * dotted groups are the number's (`+358 6.715.470`).
 */
function partsOf(run: string): Array<{ part: string; at: number }> {
  if (/^(?:\(?\+|00)/.test(run)) return [{ part: run, at: 0 }];
  const parts: Array<{ part: string; at: number }> = [];
  let at = 0;
  const cut = (end: number) => {
    const piece = run.slice(at, end);
    const part = piece.replace(joinerAtEnds, '');
    if (part !== '') parts.push({ part, at: at + piece.indexOf(part) });
  };
  for (const match of run.matchAll(dotted)) {
    if (!isOrdinaryNumber(match[0].replace(hidden, '0'))) continue;
    cut(match.index);
    at = match.index + match[0].length;
  }
  cut(run.length);
  return parts;
}

/** Where the text holds a phone number, Finnish or international, in any common writing. */
export function findPhones(text: string): Span[] {
  const spans: Span[] = [];
  for (const run of text.matchAll(numberRun)) {
    for (const { part, at } of partsOf(run[0])) {
      const start = phoneStart(part);
      const from = run.index + at;
      if (start !== undefined) spans.push({ start: from + start, end: from + part.length });
    }
  }
  return spans;
}
