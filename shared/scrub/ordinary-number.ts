import { dash, day, month, space } from './patterns.ts';

/**
 * Runs of seven digits or more that are still ordinary numbers, once spaces, underscores and
 * dashes are made plain: a date (`12-3-2024`, `2024-03-12`, `12.3.2024`, `12.3.24`), years and
 * year ranges (`2019–2023`), times and hour ranges (`9-11 13-15`, `8.30-16.00`), amounts in
 * thousands (`1 250 000`, `1.250.000`), a price with its cents (`1250.50`) and a house number
 * before a postcode (`31 00530`), or several of these in a row. None is long: a run over 40
 * characters is not checked against them, which also keeps the check from growing with the length
 * of the text.
 */
const year = '(?:19|20)\\d\\d';
const shortDay = `(?:[1-9]|${day})`;
const shortMonth = `(?:[1-9]|${month})`;
const pieces = [
  `${shortDay}[ -]${shortMonth}[ -]${year}`,
  `${year}-${shortMonth}-${shortDay}`,
  `${shortDay}\\.${shortMonth}\\.(?:${year}|\\d\\d)`,
  `${year}\\.${shortMonth}\\.${shortDay}`,
  year,
  '\\d{1,2}-\\d{1,2}',
  '(?:[01]?\\d|2[0-3])\\.[0-5]\\d',
  '[1-9]\\d{0,3}\\.\\d{1,2}',
  '[1-9]\\d{0,2}(?: \\d{3})+(?:\\.\\d\\d)?',
  '[1-9]\\d{0,2}(?:\\.\\d{3})+',
  '[1-9]\\d{0,2} \\d{5}',
];
const piece = `(?:${pieces.join('|')})`;
const ordinary = new RegExp(`^${piece}(?:[ -]${piece})*$`);
const longestOrdinary = 40;

/** Spaces, underscores and dashes in one spelling each, so the shapes above stay short. */
const plain = (run: string) =>
  run.replace(new RegExp(`${space}|_`, 'g'), ' ').replace(new RegExp(`${space}?${dash}${space}?`, 'g'), '-');

/** Whether a run of digits and separators reads as a date, time, year, amount or address number. */
export function isOrdinaryNumber(run: string): boolean {
  return run.length <= longestOrdinary && ordinary.test(plain(run));
}
