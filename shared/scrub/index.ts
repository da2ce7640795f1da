/**
 * Takes personal data out of a client's free text before anything is stored, and gives back the
 * text the client is shown to approve. Pure and dependency-free: the Node core and the kiosk
 * renderer run the same code, so what the client approves is exactly what is kept.
 *
 * Every detector reads a normalised copy (normalise.ts: full-width and other scripts' digits
 * made plain, invisible characters dropped), and what it finds is replaced in the client's own
 * text, which otherwise stays exactly as typed.
 *
 * Known gaps, each a deliberate trade against removing ordinary words and numbers: an area code
 * before a slash (`09/2525 0111` keeps `09/`), digit groups joined by commas (`040,123,4567`),
 * a number with dots in one place and spaces in another where the dotted part reads as a time or
 * a price (`040 123.45 67`), and an e-mail address written with a bare English ` at ` before a
 * plain domain, where the name before it could be an ordinary word (`matti at esimerkki.fi`, as
 * in `help at kela.fi`).
 */
import { findEmails } from './email.ts';
import { findIbans } from './iban.ts';
import { findIdentityCodes } from './identity-code.ts';
import { scrubMarker } from './marker.ts';
import { inClientText, normalise } from './normalise.ts';
import { findPhones } from './phone.ts';
import { type Span, mergeOverlaps, replaceSpans } from './span.ts';

export { scrubMarker } from './marker.ts';

/** What kind of personal data a removal was; the renderer names it in the client's language. */
export type RemovedKind = 'identity-code' | 'phone' | 'email' | 'iban';

/** The scrubbed text, and one entry per removal in the order they appear in it. */
export type ScrubResult = { text: string; removed: RemovedKind[] };

/**
 * Most specific first. An e-mail address may hold digits and dashes, an IBAN holds digit runs
 * that read as phone numbers, and an identity code holds a dash that joins digit groups; each
 * detector sees the earlier finds blanked out, so every stretch is removed once, by its own kind.
 */
const detectors: ReadonlyArray<readonly [RemovedKind, (text: string) => Span[]]> = [
  ['email', findEmails],
  ['iban', findIbans],
  ['identity-code', findIdentityCodes],
  ['phone', findPhones],
];

/** A character no detector reads as part of anything, to blank out what was already found. */
const blank = '\u0000';

/** The text with every identity code, phone number, e-mail address and IBAN replaced by the marker. */
export function scrubFreeText(text: string): ScrubResult {
  const normalised = normalise(text);
  const found: Array<Span & { kind: RemovedKind }> = [];
  let searched = normalised.text;
  for (const [kind, find] of detectors) {
    const spans = find(searched);
    found.push(...spans.map((span) => ({ ...inClientText(normalised, span), kind })));
    searched = replaceSpans(searched, spans, (span) => blank.repeat(span.end - span.start));
  }
  if (found.length === 0) return { text, removed: [] };
  const spans = mergeOverlaps(found.sort((a, b) => a.start - b.start));
  return { text: replaceSpans(text, spans, () => scrubMarker), removed: spans.map((span) => span.kind) };
}
