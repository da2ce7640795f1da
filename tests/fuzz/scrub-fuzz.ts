/**
 * `npm run fuzz:scrub -- [--count N] [--seed S] [--only INDEX]`: scrubs N generated phone numbers
 * and identity codes in disguise (default 1,000,000; scrub-disguises.ts makes them) and fails if
 * any comes through with six of its shown digits in a row, changes the words around it, or is not
 * reported removed. `npm test` runs 10,000 of them (tests/unit/shared/scrub-fuzz.test.ts).
 * `--only INDEX` makes one case again and shows it, its disguises and what the scrubber made of it.
 */
import { parseArgs } from 'node:util';
import { scrubFreeText } from '../../shared/scrub/index.ts';
import { seededRandom } from './random.ts';
import { describeScrubFuzz, runScrubFuzz, whatWentWrong } from './run-scrub-fuzz.ts';
import { makeDisguisedCase } from './scrub-disguises.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const seed = Number(values.seed);
const count = Number(values.count);
if (!Number.isSafeInteger(seed) || !Number.isSafeInteger(count) || count < 1) {
  console.error('usage: npm run fuzz:scrub -- [--count N] [--seed S] [--only INDEX]');
  process.exit(2);
}

if (values.only !== undefined) {
  const disguised = makeDisguisedCase(seededRandom(seed, Number(values.only)));
  const { text, removed } = scrubFreeText(disguised.input);
  console.log(`case ${values.only} of seed ${seed}: ${disguised.kind}, ${disguised.disguises.join(', ')}`);
  console.log(
    `input:  ${JSON.stringify(disguised.input)}\noutput: ${JSON.stringify(text)} (removed ${removed.join(', ') || 'nothing'})`,
  );
  const wrong = whatWentWrong(disguised, text, removed);
  console.log(wrong ?? 'ok');
  process.exitCode = wrong ? 1 : 0;
} else {
  console.log(`Fuzzing the scrubber: ${count} cases, seed ${seed}.`);
  const started = performance.now();
  const stats = runScrubFuzz({ seed, from: 0, to: count });
  console.log(describeScrubFuzz(stats, (performance.now() - started) / 1000));
  for (const failure of stats.failures.slice(0, 20))
    console.log(
      `case ${failure.index}: ${failure.why}: ${JSON.stringify(failure.input)} became ${JSON.stringify(failure.output)}`,
    );
  if (stats.failures.length > 0)
    console.log(`FAILED. Show one case with: npm run fuzz:scrub -- --seed ${seed} --only INDEX`);
  process.exitCode = stats.failures.length > 0 ? 1 : 0;
}
