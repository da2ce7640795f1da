/**
 * `npm run soak [-- --kills N]`: the crash harness at length (default 1,000 kills), printing its
 * figures. The short version runs in `npm test` (tests/integration/crash.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashHarness } from './harness.ts';

const { values } = parseArgs({ options: { kills: { type: 'string', default: '1000' } } });
const kills = Number(values.kills);
if (!Number.isInteger(kills) || kills < 1) {
  console.error(`soak: --kills must be a whole number of at least 1 (got ${values.kills})`);
  process.exit(2);
}

const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-soak-'));
const started = Date.now();
try {
  const figures = await runCrashHarness({ dataDir, kills });
  console.table(figures);
  console.log(`${kills} kills in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode =
    figures.lost === 0 && figures.integrityFailures === 0 && figures.refusedStarts === 0 ? 0 : 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
