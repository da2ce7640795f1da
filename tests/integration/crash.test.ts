import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCrashHarness } from '../crash/harness.ts';
import { tempDir } from '../helpers/temp-dir.ts';

test('killing the kiosk at random moments loses no acknowledged answer and never damages the database', async () => {
  // Each run lasts up to 150 ms before its kill: long enough for answers to get through while
  // the rest of the suite loads the machine, short enough that most kills land mid-save.
  const figures = await runCrashHarness({ dataDir: tempDir(), kills: 50, maxRunMs: 150 });
  assert.equal(
    figures.refusedStarts,
    0,
    `the kiosk must start again after every kill: ${figures.refusals.join('; ')}`,
  );
  assert.equal(figures.kills, 50);
  assert.equal(figures.integrityFailures, 0);
  assert.equal(figures.lost, 0, `${figures.lost} of ${figures.acknowledged} acknowledged answers missing`);
  assert.ok(
    figures.acknowledged >= 50,
    `too few answers got through to prove anything (${figures.acknowledged})`,
  );
  assert.ok(figures.killsWithAnswersInFlight >= 25, 'most kills should land while answers are being saved');
});
