import type { Language } from '../../../shared/languages.ts';

/** What the keyboard shows at a time; a layer key switches between them. */
export type KeyboardLayer = 'letters' | 'accents' | 'numbers';

/**
 * One key. Shift, backspace and the layer keys are two columns wide and the space bar five, so
 * every row of these layouts adds up to `keyboardColumns` or fewer (shorter rows are centred).
 */
export type Key =
  | { type: 'character'; character: string }
  | { type: 'shift' }
  | { type: 'backspace' }
  | { type: 'space' }
  | { type: 'layer'; layer: KeyboardLayer; caption: string };

export type KeyboardLayout = Record<KeyboardLayer, readonly (readonly Key[])[]>;

/** Columns of the widest row: one column is the width of a letter key. */
export const keyboardColumns = 11;

const characters = (row: string): Key[] => [...row].map((character) => ({ type: 'character', character }));
const shift: Key = { type: 'shift' };
const backspace: Key = { type: 'backspace' };
const space: Key = { type: 'space' };
const toLetters: Key = { type: 'layer', layer: 'letters', caption: 'abc' };
const toNumbers: Key = { type: 'layer', layer: 'numbers', caption: '123' };
const toAccents = (caption: string): Key => ({ type: 'layer', layer: 'accents', caption });

/**
 * The layer switches sit in the same two places on every layer, so a second tap on the same spot
 * always leads back to the letters; backspace never moves either.
 */
const bottomRow = (first: Key, second: Key): Key[] => [first, second, space, ...characters(',.')];

/**
 * Letters beyond the main layer, one tap away as the Finnish multilingual layout (SFS 5966) has
 * them: š and ž for Finnish and Swedish loanwords and names, then what clients writing Estonian,
 * German, French, Spanish or the other Nordic languages reach for. å ä ö repeat here so English
 * has them too.
 */
const accents: KeyboardLayout['accents'] = [
  characters('šžåäöéüõ'),
  characters('áàèóñçøæ'),
  [shift, ...characters("-':()?!"), backspace],
  bottomRow(toNumbers, toLetters),
];

const numbers = (accentsCaption: string): KeyboardLayout['numbers'] => [
  characters('1234567890'),
  characters('-/:;()€%&'),
  [...characters('?!\'"+=*#@'), backspace],
  bottomRow(toLetters, toAccents(accentsCaption)),
];

/** Finnish and Swedish keyboards in Finland share one layout: å ä ö where the physical keys are. */
const finnishSwedish: KeyboardLayout = {
  letters: [
    characters('qwertyuiopå'),
    characters('asdfghjklöä'),
    [shift, ...characters('zxcvbnm'), backspace],
    bottomRow(toNumbers, toAccents('šžé')),
  ],
  accents,
  numbers: numbers('šžé'),
};

/** English keeps its own letter rows; å ä ö and š ž are on the layer its "åäö" key opens. */
const english: KeyboardLayout = {
  letters: [
    characters('qwertyuiop'),
    characters('asdfghjkl'),
    [shift, ...characters('zxcvbnm'), backspace],
    bottomRow(toNumbers, toAccents('åäö')),
  ],
  accents,
  numbers: numbers('åäö'),
};

/** Easy Finnish is Finnish: same letters, same keys. */
export const keyboardLayouts: Record<Language, KeyboardLayout> = {
  fi: finnishSwedish,
  sv: finnishSwedish,
  en: english,
  selko: finnishSwedish,
};
