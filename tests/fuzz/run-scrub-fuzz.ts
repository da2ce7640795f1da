import { scrubFreeText } from '../../shared/scrub/index.ts';
import { seededRandom } from './random.ts';
import { type DisguisedCase, digitsIn, makeDisguisedCase } from './scrub-disguises.ts';

/**
 * How many of a number's digits, in a row, make it "intact": six. Fewer identify no one (a
 * phone's prefix and a group, `040 123`); six are a birth date, or a phone number with only its
 * last digits missing, which someone can finish.
 */
export const intactLength = 6;

export type ScrubFuzzFailure = { index: number; input: string; output: string; why: string };
export type ScrubFuzzStats = {
  tried: number;
  phones: number;
  identityCodes: number;
  /** How many cases wore each disguise, so a test can tell that every one was tried. */
  disguises: Record<string, number>;
  failures: ScrubFuzzFailure[];
};

/**
 * What is wrong with the scrubbed text of a case, or undefined if nothing is. The value came
 * through intact when any six digits in a row of those it shows (hidden ones left out) stand in a
 * row among the digits of the output (everything else left out, full-width and Arabic-Indic
 * digits read as digits). The words around the value must come back as they were, and the
 * scrubber must say it removed something.
 */
export function whatWentWrong(
  disguised: DisguisedCase,
  output: string,
  removed: readonly string[],
): string | undefined {
  const { before, after, shownDigits } = disguised;
  if (!output.startsWith(before) || !output.endsWith(after) || output.length < before.length + after.length)
    return 'the words around the value were changed';
  const left = digitsIn(output);
  for (let at = 0; at + intactLength <= shownDigits.length; at += 1) {
    const run = shownDigits.slice(at, at + intactLength);
    if (left.includes(run)) return `the digits ${run} came through`;
  }
  if (removed.length === 0) return 'nothing was removed';
  return undefined;
}

/** Makes cases `from`..`to` (exclusive) of a seed, each from its own generator, and scrubs them. */
export function runScrubFuzz({ seed, from, to }: { seed: number; from: number; to: number }): ScrubFuzzStats {
  const stats: ScrubFuzzStats = { tried: 0, phones: 0, identityCodes: 0, disguises: {}, failures: [] };
  for (let index = from; index < to; index += 1) {
    const disguised = makeDisguisedCase(seededRandom(seed, index));
    const { text, removed } = scrubFreeText(disguised.input);
    stats.tried += 1;
    if (disguised.kind === 'phone') stats.phones += 1;
    else stats.identityCodes += 1;
    for (const disguise of disguised.disguises)
      stats.disguises[disguise] = (stats.disguises[disguise] ?? 0) + 1;
    const why = whatWentWrong(disguised, text, removed);
    if (why !== undefined) stats.failures.push({ index, input: disguised.input, output: text, why });
  }
  return stats;
}

/** The counts as lines a person reads: cases tried by kind, then each disguise and how often it was worn. */
export function describeScrubFuzz(stats: ScrubFuzzStats, seconds: number): string {
  const worn = Object.entries(stats.disguises)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([disguise, count]) => `  ${disguise}: ${count}`);
  return [
    `${stats.tried} cases in ${seconds.toFixed(1)} s: ${stats.phones} phone numbers, ${stats.identityCodes} identity codes, ${stats.failures.length} came through`,
    ...worn,
  ].join('\n');
}
