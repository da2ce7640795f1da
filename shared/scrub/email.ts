import { atSign, bareAt, notADotWord, spelledDot, spelledTopLevel } from './email-words.ts';
import { type Span, mergeOverlaps, spansOf } from './span.ts';

/**
 * E-mail addresses, with subaddresses (`nimi+palaute@…`), letters such as ä in names, and the
 * spellings people use to get an address past a form or to write it as they would say it:
 * `nimi(at)domain.fi`, `nimi [at] domain [dot] fi`, `nimi ät domain piste fi`, `nimi @ domain . fi`
 * (email-words.ts has the words). A full-width `＠` or `﹫` reads as `@`, being normalised first.
 * Each form starts only where a run of address characters starts (the look-behind), and each try
 * from there is bounded, which keeps the search linear on long words and long texts.
 */
const mailboxCharacter = '[\\p{L}\\p{N}._%+\\-]';
const start = `(?<!${mailboxCharacter})`;
/** A mailbox name; at most three of its dots spelled (`etu piste suku at …`), which keeps each try short. */
const mailbox = `${mailboxCharacter}+(?:${spelledDot}${mailboxCharacter}+){0,3}`;
const label = '[\\p{L}\\p{N}\\-]+';
const afterSpelledDot = `${notADotWord}${label}`;

/** The last part of the domain: after a plain dot any run of letters, after a spelled dot a known ending. */
const topLevel = `(?:\\.\\p{L}{2,}|${spelledDot}${spelledTopLevel})`;

/** A mailbox, an at sign or a word for one, and a domain with its dots written in any way. */
const withAtSign = new RegExp(
  `${start}${mailbox}${atSign}${label}(?:\\.${label}|${spelledDot}${afterSpelledDot})*${topLevel}`,
  'giu',
);

/** `nimi at domain piste fi`: the English `at` with every dot of the domain spelled out too. */
const atWithSpelledDots = new RegExp(
  `${start}${mailbox}${bareAt}${label}(?:${spelledDot}${afterSpelledDot})*${spelledDot}${spelledTopLevel}`,
  'giu',
);

/**
 * `matti.virtanen at gmail.com`: the English `at` before a plain domain, where the name before it
 * holds what a mailbox has and a word does not: a dot, an underscore, a plus or a digit.
 */
const atAfterMailbox = new RegExp(
  `${start}(?=${mailboxCharacter}*[._+\\d])${mailboxCharacter}+${bareAt}${label}(?:\\.${label})*\\.\\p{L}{2,}`,
  'giu',
);

/** Where the text holds an e-mail address. */
export function findEmails(text: string): Span[] {
  const spans = [withAtSign, atWithSpelledDots, atAfterMailbox].flatMap((form) => spansOf(form, text));
  return mergeOverlaps(spans.sort((a, b) => a.start - b.start));
}
