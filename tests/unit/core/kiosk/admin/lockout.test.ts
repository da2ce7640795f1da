import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  firstLockoutSeconds,
  longestLockoutSeconds,
  lockoutDetail,
  wrongPinLimit,
} from '../../../../../shared/admin-access.ts';
import { openKiosk, type Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

const rightPin = '482193';

/** A kiosk with a PIN on a clock the test moves, and what it wrote to its log. */
async function guardedKiosk() {
  const time = movableClock(new Date(2026, 10, 17, 9, 0));
  const dataDir = tempDir('kuulluksi-lockout-');
  const logged: string[] = [];
  const open = () =>
    openKiosk({ dataDir, clock: time.clock, log: (level, message) => logged.push(`${level}: ${message}`) });
  const kiosk = open();
  await kiosk.handlers['admin.setFirstPin']({ pin: rightPin });
  return { time, open, kiosk, logged };
}

/** Types wrong PINs until the pad says it is locked; returns how long for, and the tries left said before. */
async function oneRoundOfWrongPins(kiosk: Kiosk) {
  const triesLeft: number[] = [];
  for (;;) {
    const outcome = await kiosk.handlers['admin.unlock']({ pin: '1111' });
    assert.equal(outcome.unlocked, false);
    if (outcome.unlocked) throw new Error('unreachable');
    if (outcome.lockedForSeconds !== null) return { lockedForSeconds: outcome.lockedForSeconds, triesLeft };
    triesLeft.push(outcome.triesLeft);
  }
}

test('each round of wrong PINs locks the pad twice as long as the one before, restart or not', async () => {
  const { kiosk: first, open, time } = await guardedKiosk();
  const firstRound = await oneRoundOfWrongPins(first);
  assert.deepEqual(firstRound, { lockedForSeconds: firstLockoutSeconds, triesLeft: [4, 3, 2, 1] });
  first.close();

  let kiosk = open();
  try {
    time.advanceSeconds(60);
    assert.deepEqual(await kiosk.handlers['admin.access']({}), {
      pin: 'set',
      lockedForSeconds: firstLockoutSeconds - 60,
    });
    assert.equal(
      (await kiosk.handlers['admin.unlock']({ pin: rightPin })).unlocked,
      false,
      'even the right PIN is refused while locked',
    );
    time.advanceSeconds(firstLockoutSeconds - 60);
    // Half a round, a restart (the plug pulled), and the rest: the count was kept.
    for (const left of [4, 3])
      assert.deepEqual(await kiosk.handlers['admin.unlock']({ pin: '1111' }), {
        unlocked: false,
        triesLeft: left,
        lockedForSeconds: null,
      });
    kiosk.close();
    kiosk = open();
    assert.deepEqual(await oneRoundOfWrongPins(kiosk), {
      lockedForSeconds: 2 * firstLockoutSeconds,
      triesLeft: [2, 1],
    });
    time.advanceSeconds(2 * firstLockoutSeconds - 1);
    assert.equal((await kiosk.handlers['admin.access']({})).lockedForSeconds, 1, 'the second lock is longer');
    time.advanceSeconds(1);
    assert.equal((await oneRoundOfWrongPins(kiosk)).lockedForSeconds, 4 * firstLockoutSeconds);
  } finally {
    kiosk.close();
  }
});

test('the lock grows to a day and no further', async (t) => {
  const { kiosk, time } = await guardedKiosk();
  t.after(() => kiosk.close());
  const locks: number[] = [];
  for (let round = 1; round <= 11; round++) {
    const { lockedForSeconds } = await oneRoundOfWrongPins(kiosk);
    locks.push(lockedForSeconds / 60);
    time.advanceSeconds(lockedForSeconds);
  }
  assert.deepEqual(locks, [5, 10, 20, 40, 80, 160, 320, 640, 1280, 1440, 1440]);
  assert.equal(longestLockoutSeconds, 1440 * 60);
});

test('the right PIN after a lock clears the count: the next round locks for five minutes again', async (t) => {
  const { kiosk, time } = await guardedKiosk();
  t.after(() => kiosk.close());
  await oneRoundOfWrongPins(kiosk);
  time.advanceSeconds(firstLockoutSeconds);
  const { lockedForSeconds } = await oneRoundOfWrongPins(kiosk);
  assert.equal(lockedForSeconds, 2 * firstLockoutSeconds);
  time.advanceSeconds(lockedForSeconds);
  const unlocked = await kiosk.handlers['admin.unlock']({ pin: rightPin });
  assert.equal(unlocked.unlocked, true);
  assert.deepEqual(await oneRoundOfWrongPins(kiosk), {
    lockedForSeconds: firstLockoutSeconds,
    triesLeft: [4, 3, 2, 1],
  });
});

test('every lockout is written to the kiosk’s log and shown in reception’s change log, never a PIN tried', async (t) => {
  const { kiosk, time, logged } = await guardedKiosk();
  t.after(() => kiosk.close());
  await oneRoundOfWrongPins(kiosk);
  time.advanceSeconds(firstLockoutSeconds);
  await oneRoundOfWrongPins(kiosk);
  assert.deepEqual(logged, [
    `warn: The admin PIN pad is locked for 5 minutes after ${wrongPinLimit} wrong PINs in a row.`,
    `warn: The admin PIN pad is locked for 10 minutes after ${2 * wrongPinLimit} wrong PINs in a row.`,
  ]);
  assert.deepEqual(
    kiosk.changeLog.entries().map(({ at, subject, detail }) => [at, subject, detail]),
    [
      ['2026-11-17T09:05', 'pin', lockoutDetail(2 * firstLockoutSeconds)],
      ['2026-11-17T09:00', 'pin', lockoutDetail(firstLockoutSeconds)],
      ['2026-11-17T09:00', 'pin', 'set'],
    ],
  );
  assert.doesNotMatch(JSON.stringify([logged, kiosk.changeLog.entries()]), /1111|482193/);
});
