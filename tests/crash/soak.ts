/**
 * `npm run soak [-- --kills N]`: the crash harness at length (default 1,000 kills), printing its
 * figures. `npm run soak -- --lan [--cycles N]`: the LAN soak instead (default 200 cycles), both
 * sides of a transfer killed at random. The short versions run in `npm test`
 * (tests/integration/crash.test.ts, tests/integration/lan-soak.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashHarness } from './harness.ts';
import { runLanSoak } from './lan-harness.ts';

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '1000' },
    lan: { type: 'boolean', default: false },
    cycles: { type: 'string', default: '200' },
  },
});
const countOf = (flag: 'kills' | 'cycles') => {
  const count = Number(values[flag]);
  if (!Number.isInteger(count) || count < 1) {
    console.error(`soak: --${flag} must be a whole number of at least 1 (got ${values[flag]})`);
    process.exit(2);
  }
  return count;
};

const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-soak-'));
const started = Date.now();
const took = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
try {
  if (values.lan) {
    const cycles = countOf('cycles');
    const figures = await runLanSoak({ dataDir, cycles });
    console.table(figures);
    console.log(`${cycles} LAN cycles in ${took()}`);
    process.exitCode =
      figures.lost === 0 &&
      figures.duplicates === 0 &&
      figures.deletedUnheld === 0 &&
      figures.unconfirmed === 0 &&
      figures.integrityFailures === 0
        ? 0
        : 1;
  } else {
    const kills = countOf('kills');
    const figures = await runCrashHarness({ dataDir, kills });
    console.table(figures);
    console.log(`${kills} kills in ${took()}`);
    process.exitCode =
      figures.lost === 0 && figures.integrityFailures === 0 && figures.refusedStarts === 0 ? 0 : 1;
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
