/**
 * `npm run fuzz:lan -- [--count N] [--seed S]`: sends N generated requests (default 100,000) to a
 * real LAN receiver on 127.0.0.1 (run-lan-fuzz.ts) and reports replies by status, closes, crashes
 * (a 500, an error in the receiver's log, anything thrown, `hello` no longer answering), hangs,
 * unsigned replies and anything stored. Exits 1 if there was any. A failure names the input's
 * number; `--from INDEX --count 1` sends that one again, of the same kind and altered the same way.
 */
import { parseArgs } from 'node:util';
import { describeLanStats, runLanFuzz } from './run-lan-fuzz.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    from: { type: 'string', default: '0' },
    concurrency: { type: 'string', default: '8' },
  },
});
const [count, seed, from, concurrency] = [values.count, values.seed, values.from, values.concurrency].map(
  Number,
) as [number, number, number, number];
if (
  ![count, seed, from, concurrency].every(Number.isSafeInteger) ||
  count < 1 ||
  from < 0 ||
  concurrency < 1
) {
  console.error('usage: npm run fuzz:lan -- [--count N] [--seed S] [--from INDEX] [--concurrency C]');
  process.exit(2);
}
console.log(
  `Fuzzing the LAN receiver: ${count} requests from input ${from}, seed ${seed}, ${concurrency} at a time.`,
);
const started = performance.now();
const stats = await runLanFuzz({
  seed,
  from,
  count,
  concurrency,
  progress: (done) => {
    if (done % 10_000 === 0)
      console.log(`  ${done} / ${count} after ${Math.round((performance.now() - started) / 1000)} s`);
  },
});
console.log(describeLanStats(stats, (performance.now() - started) / 1000));
for (const [what, failures] of [
  ['crash', stats.crashes],
  ['hang', stats.hangs],
  ['unsigned', stats.unsigned],
] as const) {
  for (const failure of failures.slice(0, 10))
    console.log(`${what}: input ${failure.index} (${failure.kind}): ${failure.what}`);
}
for (const change of stats.stored) console.log(`stored: ${change}`);
const failed =
  stats.crashes.length + stats.hangs.length + stats.unsigned.length + stats.stored.length > 0 ||
  stats.tried !== count;
if (failed)
  console.log(`FAILED. Send one input again with: npm run fuzz:lan -- --seed ${seed} --from INDEX --count 1`);
process.exitCode = failed ? 1 : 0;
