import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeLanStats, runLanFuzz } from '../../../../fuzz/run-lan-fuzz.ts';

/** `npm run fuzz:lan` sends 100,000 of the same generated requests; this is its share of every test run. */
const count = 10_000;

/** Refusals the generator must reach, or it no longer tests the receiver's checks past HTTP. */
const reached = [
  'bad-request',
  'bad-signature',
  'clock-skew',
  'replayed',
  'too-large',
  'hash-mismatch',
  'not-paired',
  'not-found',
] as const;

test(
  `the LAN receiver takes ${count} generated requests: none crashes it, hangs, gets an unsigned reply or stores anything`,
  { timeout: 300_000 },
  async (t) => {
    const started = performance.now();
    const stats = await runLanFuzz({ seed: 20261206, count });
    for (const line of describeLanStats(stats, (performance.now() - started) / 1000).split('\n'))
      t.diagnostic(line);
    assert.deepEqual(stats.crashes, []);
    assert.deepEqual(stats.hangs, []);
    assert.deepEqual(stats.unsigned, []);
    assert.deepEqual(stats.stored, []);
    assert.equal(stats.tried, count);
    for (const code of reached)
      assert.ok(
        (stats.codes[code] ?? 0) > 0,
        `no request was refused ${code}: the generator no longer reaches it`,
      );
    assert.ok(stats.closed > 0, 'HTTP the receiver cannot read is dropped');
  },
);
