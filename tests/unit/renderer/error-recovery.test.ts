import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  pauseMs,
  restartDelayMs,
  troubleWindowMs,
  withFailure,
} from '../../../renderer/kiosk/restart-after-error.ts';

/** The delay after each failure of a run, the failures at the times given. */
function delaysAfter(times: number[]): number[] {
  let failures: readonly number[] = [];
  return times.map((at) => {
    failures = withFailure(failures, at);
    return restartDelayMs(failures);
  });
}

test('the kiosk starts over at once after a failure, and after a second soon after', () => {
  assert.deepEqual(delaysAfter([1_000]), [0]);
  assert.deepEqual(delaysAfter([1_000, 1_050]), [0, 0]);
});

test('a start screen that keeps failing gets a calm pause between tries, for as long as it fails', () => {
  assert.deepEqual(delaysAfter([1_000, 1_050, 1_100]), [0, 0, pauseMs]);
  assert.deepEqual(delaysAfter([1_000, 1_050, 1_100, 1_100 + pauseMs, 1_100 + 2 * pauseMs]), [
    0,
    0,
    pauseMs,
    pauseMs,
    pauseMs,
  ]);
});

test('failures far apart are each a fresh start, and old ones are forgotten', () => {
  const apart = [0, troubleWindowMs, 2 * troubleWindowMs, 3 * troubleWindowMs];
  assert.deepEqual(delaysAfter(apart), [0, 0, 0, 0]);
  assert.deepEqual(withFailure([0, 10, 20], troubleWindowMs + 15), [20, troubleWindowMs + 15]);
});
