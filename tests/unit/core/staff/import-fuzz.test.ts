import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeStats, runImportFuzz, stages } from '../../../fuzz/run-import-fuzz.ts';

/** `npm run fuzz` runs the same generator for a million inputs; this is its share of every test run. */
const count = 10_000;

test(
  `the importer takes ${count} generated batch files: each is accepted or refused with a reason, none crashes, hangs or leaves rows`,
  { timeout: 300_000 },
  async (t) => {
    const started = performance.now();
    const stats = await runImportFuzz({ seed: 20261122, from: 0, to: count });
    for (const line of describeStats(stats, (performance.now() - started) / 1000).split('\n'))
      t.diagnostic(line);
    assert.deepEqual(stats.crashes, []);
    assert.deepEqual(stats.hangs, []);
    assert.deepEqual(stats.leaks, []);
    assert.equal(stats.tried, count);
    assert.equal(stats.rejected + stats.imported + stats.held + stats.duplicates, count);
    for (const stage of stages)
      assert.ok(
        stats.rejectedAt[stage] > 0,
        `no input was refused at the ${stage} check: the generator no longer reaches it`,
      );
    assert.ok(
      stats.imported > 0 && stats.held > 0 && stats.duplicates > 0,
      'valid inputs are imported, held and recognised again',
    );
  },
);
