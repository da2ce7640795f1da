/**
 * A test that makes a network and then fails, for netns-harness.test.ts: run directly with Node,
 * it prints its process id so the caller can look for namespaces it left behind.
 */
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { createTestNetwork } from './netns.ts';

test('fails with a network made', (t) => {
  createTestNetwork(t, [{ between: ['staff', 'kiosk'], subnet: '10.231.1' }]);
  const made = spawnSync('ip', ['netns', 'list'], { encoding: 'utf8' }).stdout;
  process.stdout.write(`pid ${process.pid}\n${made}`);
  throw new Error('this test fails on purpose');
});
