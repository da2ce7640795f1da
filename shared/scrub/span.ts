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

/**
 * Sorted spans with any that overlap joined into the first of them, which keeps its other fields.
 * Two detectors' patterns, or two spans mapped back onto one character of the client's text, may
 * overlap; the text is then replaced once.
 */
export function mergeOverlaps<T extends Span>(spans: readonly T[]): T[] {
  const merged: T[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start < last.end)
      merged[merged.length - 1] = { ...last, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}
