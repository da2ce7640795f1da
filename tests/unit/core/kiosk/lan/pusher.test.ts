import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PushSummary } from '../../../../../electron/core/kiosk/lan/push.ts';
import {
  createPusher,
  idleCheckMs,
  pairingPollMs,
  pushIntervalMs,
} from '../../../../../electron/core/kiosk/lan/pusher.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';

type State = PushSummary['state'];

/**
 * The pusher's schedule, run by hand: timers are recorded, not waited for, and each push is a
 * promise the test settles, so a push can be held open while the pusher is woken again.
 */
function scheduledPusher(start = new Date(2026, 10, 17, 9, 30)) {
  const time = movableClock(start);
  let state: State = 'paired';
  const timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  const pushes: { settle: (summary: PushSummary) => void }[] = [];
  let running = 0;
  let mostAtOnce = 0;
  const pusher = createPusher({
    push: () =>
      new Promise<PushSummary>((resolve) => {
        running++;
        mostAtOnce = Math.max(mostAtOnce, running);
        pushes.push({
          settle: (summary) => {
            running--;
            resolve(summary);
          },
        });
      }),
    state: () => state,
    granularity: () => 'day-part',
    clock: time.clock,
    log: silentLog,
    random: () => 1 - Number.EPSILON,
    timers: {
      setTimeout: (run, ms) => {
        const timer = { run, ms, cleared: false };
        timers.push(timer);
        return timer;
      },
      clearTimeout: (handle) => void ((handle as { cleared: boolean }).cleared = true),
    },
  });
  const pending = () => timers.filter((timer) => !timer.cleared);
  return {
    pusher,
    time,
    setState: (next: State) => void (state = next),
    /** The delay of the one timer set now; fails if there is not exactly one. */
    nextDelay() {
      assert.equal(pending().length, 1, 'one timer is set');
      return pending()[0]!.ms;
    },
    noTimer: () => assert.equal(pending().length, 0, 'no timer is set'),
    /** Runs the timer set now, as if its time had come. */
    fire() {
      const [timer] = pending();
      assert.ok(timer, 'a timer is set');
      timer.cleared = true;
      timer.run();
    },
    /** Ends the push under way as `summary` says, and lets the pusher schedule the next. */
    async finishPush(summary: Partial<PushSummary> = {}) {
      const push = pushes.shift();
      assert.ok(push, 'a push is under way');
      push.settle({ ...okPush, state, ...summary });
      await new Promise((resolve) => setImmediate(resolve));
    },
    pushCount: () => pushes.length,
    mostAtOnce: () => mostAtOnce,
  };
}

const okPush: PushSummary = {
  state: 'paired',
  sealed: 0,
  delivered: [],
  update: null,
  answersForgotten: 0,
  problem: null,
  waiting: { batches: 0, answers: 0, why: null },
};
const unreachable = { problem: { kind: 'unreachable' as const, detail: 'ECONNREFUSED' } };

test('a paired kiosk pushes at once, then every 15 minutes, or sooner when a time slot ends', async () => {
  const run = scheduledPusher();
  run.pusher.start();
  assert.equal(run.nextDelay(), 0);
  run.fire();
  await run.finishPush();
  assert.equal(run.nextDelay(), pushIntervalMs);

  run.time.advanceSeconds(2 * 3600 + 10 * 60); // 11:40: the morning ends in 20 minutes
  run.fire();
  await run.finishPush();
  assert.equal(run.nextDelay(), pushIntervalMs);
  run.time.advanceSeconds(15 * 60); // 11:55
  run.fire();
  await run.finishPush();
  assert.equal(run.nextDelay(), 5 * 60_000 + 1000, 'just past noon, when the morning’s answers can go');
});

test('while the staff PC cannot be reached, each try waits longer, and one that gets through ends that', async () => {
  const run = scheduledPusher();
  run.pusher.start();
  const delays: number[] = [];
  for (let i = 0; i < 8; i++) {
    run.fire();
    await run.finishPush(unreachable);
    delays.push(run.nextDelay());
  }
  assert.deepEqual(
    delays.map((ms) => Math.round(ms / 1000)),
    [30, 60, 120, 240, 480, 960, 1800, 1800],
  );
  run.fire();
  await run.finishPush();
  assert.equal(run.nextDelay(), pushIntervalMs);
  run.fire();
  await run.finishPush(unreachable);
  assert.equal(Math.round(run.nextDelay() / 1000), 30, 'the count starts again');
});

test('never two pushes at once: a wake-up during a push brings one more push after it', async () => {
  const run = scheduledPusher();
  run.pusher.start();
  run.fire();
  run.pusher.wake();
  run.pusher.wake();
  assert.equal(run.pushCount(), 1);
  await run.finishPush();
  assert.equal(run.nextDelay(), 0);
  run.fire();
  await run.finishPush();
  assert.equal(run.mostAtOnce(), 1);
  assert.equal(run.nextDelay(), pushIntervalMs);
});

test('it sends nothing once the staff PC’s key changed, and pushes again once paired again', async () => {
  const run = scheduledPusher();
  run.pusher.start();
  run.fire();
  run.setState('key-changed');
  await run.finishPush({ problem: { kind: 'key-changed', detail: 'another key' } });
  assert.equal(run.pusher.isPushing(), false);
  for (let minute = 0; minute < 3; minute++) {
    assert.equal(run.nextDelay(), idleCheckMs, 'it only looks each minute whether it was paired again');
    run.fire();
    assert.equal(run.pushCount(), 0);
  }

  // Paired again (from the command line, say): the next look finds a pairing waiting for staff.
  run.setState('waiting');
  run.fire();
  assert.equal(run.pushCount(), 1);
  await run.finishPush();
  assert.equal(run.nextDelay(), pairingPollMs, 'while staff decide, it asks every 10 seconds');
  run.setState('paired');
  run.fire();
  await run.finishPush();
  assert.equal(run.pusher.isPushing(), true);
  assert.equal(run.nextDelay(), pushIntervalMs);
});

test('a kiosk started without a staff PC pushes nothing until it has one', async () => {
  const run = scheduledPusher();
  run.setState('not-paired');
  run.pusher.start();
  run.fire();
  assert.equal(run.pushCount(), 0);
  assert.equal(run.nextDelay(), idleCheckMs);
  run.setState('paired');
  run.pusher.wake();
  run.fire();
  assert.equal(run.pushCount(), 1);
});

test('stopped (the kiosk closes), it pushes no more, even when a push under way ends', async () => {
  const run = scheduledPusher();
  run.pusher.start();
  run.fire();
  run.pusher.stop();
  await run.finishPush();
  run.noTimer();
  assert.equal(run.pushCount(), 0);
});
