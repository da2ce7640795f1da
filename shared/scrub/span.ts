/** A stretch `[start, end)` of the client's text that a detector found. */
export type Span = { start: number; end: number };

/** Every match of a global pattern, as spans in order. */
export function spansOf(pattern: RegExp, text: string): Span[] {
  return Array.from(text.matchAll(pattern), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/**
 * The text with every span put in place of by `replacement`. One helper both hides what earlier
 * detectors found from later ones and writes the final text, so the two cannot disagree.
 * Spans must be sorted and must not overlap.
 */
export function replaceSpans(
  text: string,
  spans: readonly Span[],
  replacement: (span: Span) => string,
): string {
  let out = '';
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start) + replacement(span);
    at = span.end;
  }
  return out + text.slice(at);
}
