/**
 * Generated phone numbers and Finnish identity codes in the disguises a client might use to get
 * one past the scrubber, or that a phone or a touch keyboard produces by itself: separators
 * (`.` `-` `–` `_` space, no-break space, none), zero-width characters inside, full-width or
 * Arabic-Indic digits, a few digits hidden (`x`, `X`, `*`, `#`, `•`), every century sign, and
 * Finnish, Swedish or English words around. Each case says which digits it shows, so a test can
 * tell whether any of them came through, and names its disguises, so a test can tell that every
 * one was tried.
 */
import type { Random } from './random.ts';

export type DisguisedCase = {
  kind: 'phone' | 'identity-code';
  /** The text given to the scrubber: the words before, the disguised value, the words after. */
  input: string;
  before: string;
  value: string;
  after: string;
  /** The value's digits as shown, in order and as ASCII: hidden digits are not among them. */
  shownDigits: string;
  disguises: string[];
};

/**
 * Words around the value, `{}` where it goes. No digit stands next to it, and none has more than
 * five digits, so no six digits of the value can be made from the words' own.
 */
const contexts = [
  '{}',
  'Soittakaa {} kiitos',
  'Mun numero on {}, soita iltaisin.',
  'Hetu: {}.',
  'Kävin 3 kertaa. Tiedot ({}) saa antaa eteenpäin',
  'vuonna 2024 kävin täällä, tässä {}!',
  'klo 8.30 oli jono. Puh.{}',
  'Ring mig på {} tack.',
  'Mitt personnummer är {} om ni behöver det',
  'Call me at {} any time',
  'My ID is "{}".',
  'moi\n{}\nheippa',
  '– {} –',
];

const zeroWidth = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff'];
const hiders = ['x', 'X', '*', '#', '•'];
const separators: Record<string, string> = {
  space: ' ',
  dash: '-',
  dot: '.',
  underscore: '_',
  'spaced dash': ' - ',
  none: '',
  'no-break space': '\u00a0',
  'en dash': '–',
};

const digitsOf = (count: number, random: Random) =>
  Array.from({ length: count }, () => String(random.int(10))).join('');

/** Splits digits into groups of two to four, the first of three or four, as numbers are read out. */
function grouped(digits: string, random: Random): string[] {
  if (random.chance(0.2)) return [digits];
  const groups: string[] = [];
  let at = 0;
  while (at < digits.length) {
    const left = digits.length - at;
    const size = groups.length === 0 ? Math.min(left, 3 + random.int(2)) : 2 + random.int(3);
    groups.push(digits.slice(at, left - size < 2 ? digits.length : at + size));
    at += groups.at(-1)!.length;
  }
  return groups;
}

/** The separators between groups: one kind for the whole number, or spaces, dashes and underscores mixed. */
function joined(groups: readonly string[], random: Random, disguises: string[]): string {
  const name = random.pick(Object.keys(separators));
  const mixed = random.chance(0.3);
  disguises.push(mixed ? 'separators mixed' : `separator: ${name}`);
  return groups.reduce(
    (text, group) => text + (mixed ? random.pick([' ', '-', '_']) : separators[name]) + group,
  );
}

/**
 * Hides one to three digits of a subscriber number: at its end, in a stretch before its last
 * three, or anywhere but its first digit (one hider for the whole number).
 */
function hideDigits(digits: string, random: Random): string {
  const count = 1 + random.int(3);
  const hider = random.pick(hiders);
  const hide = (places: readonly number[]) =>
    [...digits].map((digit, index) => (places.includes(index) ? hider : digit)).join('');
  const last = digits.length;
  switch (random.int(3)) {
    case 0:
      return hide(Array.from({ length: count }, (_, i) => last - 1 - i));
    case 1:
      return hide(Array.from({ length: count }, (_, i) => last - 4 - i));
    default:
      return hide(Array.from({ length: count }, () => 1 + random.int(last - 1)));
  }
}

/** A Finnish mobile or landline number, national or after +358, 00358 or +358 (0). */
function phoneNumber(random: Random, disguises: string[]): string {
  const mobile = random.chance(0.6);
  const prefix = mobile
    ? random.pick(['40', '41', '42', '44', '45', '46', '49', '50'])
    : random.pick(['2', '3', '5', '6', '8', '9', '13', '14', '15', '16', '17', '18', '19']);
  let subscriber = digitsOf(mobile ? 7 : 5 + random.int(4), random);
  if (random.chance(0.3)) {
    subscriber = hideDigits(subscriber, random);
    disguises.push('hidden digits');
  }
  const number = joined([prefix, ...grouped(subscriber, random)], random, disguises);
  const country = random.pick(['+358', '+358 ', '+358-', '00358 ', '+358 (0)', '0', '0']);
  disguises.push(country === '0' ? 'national' : `after ${country.trim()}`);
  return country + number;
}

const checkCharacters = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const centurySigns: Record<number, readonly string[]> = {
  18: ['+'],
  19: ['-', 'Y', 'X', 'W', 'V', 'U'],
  20: ['A', 'B', 'C', 'D', 'E', 'F'],
};

/**
 * A personal identity code with its right check character and a sign of its century (the 2023
 * signs among them), written compact, with a dotted date, or with the whole year, the sign
 * sometimes swapped for a dot, an underscore or a space. Hidden digits, if any, are at its end,
 * where Finnish services hide them.
 */
function identityCode(random: Random, disguises: string[]): string {
  const year = 1850 + random.int(250);
  const [day, month] = [1 + random.int(28), 1 + random.int(12)];
  const pad = (n: number) => String(n).padStart(2, '0');
  const yy = pad(year % 100);
  const individual = String(2 + random.int(898)).padStart(3, '0');
  const check = checkCharacters[Number(pad(day) + pad(month) + yy + individual) % 31]!;
  let tail = individual + (random.chance(0.8) ? check : check.toLowerCase());
  if (random.chance(0.3)) {
    const hidden = 1 + random.int(3);
    tail = tail.slice(0, 4 - hidden) + random.pick(hiders).repeat(hidden);
    disguises.push('hidden digits');
  }
  const written = random.pick(centurySigns[Math.floor(year / 100)]!);
  const sign = random.chance(0.2) ? written.toLowerCase() : written;
  const swapped = random.pick(['.', '_', ' ']);
  const signDisguise = (keep: boolean) =>
    keep ? `sign ${written}` : `sign swapped for ${swapped === ' ' ? 'a space' : swapped}`;
  const keepSign = random.chance(0.6);
  switch (random.int(4)) {
    case 0:
      disguises.push('dotted date', signDisguise(keepSign));
      return `${random.chance(0.5) ? `${pad(day)}.${pad(month)}` : `${day}.${month}`}.${yy}${keepSign ? sign : swapped}${tail}`;
    case 1:
      disguises.push('dotted date with the whole year');
      return `${day}.${month}.${year}${random.pick(['-', '.', ' '])}${tail}`;
    default:
      disguises.push(signDisguise(keepSign));
      return `${pad(day)}${pad(month)}${yy}${keepSign ? sign : swapped}${tail}`;
  }
}

/** Some or all digits as full-width ones, or all as Arabic-Indic digits. */
function otherDigits(value: string, random: Random, disguises: string[]): string {
  const fullWidth = random.chance(0.8);
  const all = !fullWidth || random.chance(0.5);
  disguises.push(fullWidth ? 'full-width digits' : 'Arabic-Indic digits');
  return value.replace(/\d/g, (digit) =>
    all || random.chance(0.5) ? String.fromCodePoint((fullWidth ? 0xff10 : 0x0660) + Number(digit)) : digit,
  );
}

/** One to three zero-width characters between characters of the value, never at its ends. */
function withZeroWidth(value: string, random: Random, disguises: string[]): string {
  const characters = [...value];
  for (let added = 1 + random.int(3); added > 0; added -= 1)
    characters.splice(1 + random.int(characters.length - 1), 0, random.pick(zeroWidth));
  disguises.push('zero-width characters');
  return characters.join('');
}

/**
 * The digits of a text as a reader takes them: full-width ones as plain digits (NFKC), and
 * Arabic-Indic ones (U+0660–U+0669, the other script this generator writes) by their value.
 */
export function digitsIn(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/\D/g, '');
}

/** One disguised phone number or identity code in words. */
export function makeDisguisedCase(random: Random): DisguisedCase {
  const disguises: string[] = [];
  const kind = random.chance(0.5) ? 'phone' : 'identity-code';
  let value = kind === 'phone' ? phoneNumber(random, disguises) : identityCode(random, disguises);
  const shownDigits = digitsIn(value);
  if (random.chance(0.3)) value = otherDigits(value, random, disguises);
  if (random.chance(0.3)) value = withZeroWidth(value, random, disguises);
  const [before, after] = random.pick(contexts).split('{}') as [string, string];
  return { kind, input: before + value + after, before, value, after, shownDigits, disguises };
}
