import assert from 'node:assert/strict';
import { test } from 'node:test';
import { whatFailed } from '../../../renderer/components/ErrorBoundary/what-failed.ts';
import {
  pauseMs,
  restartDelayMs,
  troubleWindowMs,
  withFailure,
} from '../../../renderer/kiosk/restart-after-error.ts';
import { staffLanguageOfPage } from '../../../renderer/staff/page-language.ts';

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

test('what failed is told in the error’s own words', () => {
  assert.equal(
    whatFailed(new TypeError("Cannot read properties of undefined (reading 'kind')")),
    "Cannot read properties of undefined (reading 'kind')",
  );
  assert.equal(whatFailed(new RangeError('')), 'RangeError');
  assert.equal(whatFailed({ code: 'internal', message: 'The store is locked.' }), 'The store is locked.');
  assert.equal(whatFailed('plain words'), 'plain words');
  assert.equal(whatFailed(null), 'null');
  assert.equal(whatFailed(undefined), 'undefined');
});

test('the staff failure screen speaks the language the page was last shown in, else Finnish', () => {
  assert.equal(staffLanguageOfPage('sv-FI'), 'sv');
  assert.equal(staffLanguageOfPage('en-GB'), 'en');
  assert.equal(staffLanguageOfPage('fi-FI'), 'fi');
  assert.equal(staffLanguageOfPage('fi'), 'fi');
  assert.equal(staffLanguageOfPage(''), 'fi');
});
