import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffCapMs, backoffDelayMs } from '../../../../../electron/core/kiosk/lan/backoff.ts';

const justUnder1 = () => 1 - Number.EPSILON;

test('the longest wait doubles from 30 seconds with each failure in a row, up to 30 minutes', () => {
  const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 50, 10_000].map((failures) =>
    Math.round(backoffDelayMs(failures, justUnder1) / 1000),
  );
  assert.deepEqual(ceilings, [30, 60, 120, 240, 480, 960, 1800, 1800, 1800, 1800]);
  assert.equal(backoffDelayMs(10_000, justUnder1) <= backoffCapMs, true);
});

test('the wait is a random share of that ceiling (full jitter), and none before the first failure', () => {
  assert.equal(
    backoffDelayMs(3, () => 0),
    0,
  );
  assert.equal(
    backoffDelayMs(3, () => 0.5),
    60_000,
  );
  assert.equal(
    backoffDelayMs(3, () => 0.25),
    30_000,
  );
  assert.equal(backoffDelayMs(0, justUnder1), 0);
});

test('kiosks that lost the staff PC together spread out when they try again', () => {
  const waits = Array.from({ length: 200 }, () => backoffDelayMs(5));
  assert.ok(waits.every((wait) => wait >= 0 && wait < 480_000));
  assert.ok(new Set(waits).size > 150, 'different kiosks wait different times');
});
