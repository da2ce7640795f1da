import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextReload, type CrashHistory } from '../../../electron/shell/crash-recovery.ts';

test('a first crash reloads after one second', () => {
  assert.equal(nextReload(null, 0).delayMs, 1_000);
});

test('crashes in a row double the wait, capped at one minute', () => {
  let history: CrashHistory | null = null;
  const delays: number[] = [];
  for (let i = 0; i < 9; i += 1) {
    const next = nextReload(history, i * 1_000);
    delays.push(next.delayMs);
    history = next.history;
  }
  assert.deepEqual(delays, [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
});

test('a crash after a calm five minutes starts the backoff over', () => {
  const history = { count: 6, lastAt: 0 };
  assert.equal(nextReload(history, 5 * 60_000).delayMs, 1_000);
  assert.equal(nextReload(history, 5 * 60_000 - 1).delayMs, 60_000);
});
