import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lockoutSeconds, wrongPinLimit } from '../../../../../shared/admin-access.ts';
import { openKiosk, type Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

function kioskWithClock() {
  const time = movableClock(new Date(2026, 10, 17, 9, 0));
  const dataDir = tempDir('kuulluksi-admin-');
  const open = () => openKiosk({ dataDir, clock: time.clock, log: silentLog });
  return { time, open, kiosk: open() };
}

const unlockWith = (kiosk: Kiosk, pin: string) => kiosk.handlers['admin.unlock']({ pin });

test('a fresh kiosk has no PIN; the first one chosen opens the admin view and cannot be chosen again', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  assert.deepEqual(await kiosk.handlers['admin.access']({}), { pinSet: false, lockedForSeconds: null });
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '4821' });
  assert.equal((await kiosk.handlers['admin.status']({ token })).pendingAnswers, 0);
  assert.deepEqual(await kiosk.handlers['admin.access']({}), { pinSet: true, lockedForSeconds: null });
  await assert.rejects(async () => kiosk.handlers['admin.setFirstPin']({ pin: '0000' }), /already set/);
  assert.equal(
    (await unlockWith(kiosk, '0000')).unlocked,
    false,
    'the refused second PIN did not replace the first',
  );
  assert.equal((await unlockWith(kiosk, '4821')).unlocked, true);
});

test('the PIN is stored only as a salted scrypt hash', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  await kiosk.handlers['admin.setFirstPin']({ pin: '48215' });
  const stored = kiosk.db.prepare<[], { pin_hash: string }>('SELECT pin_hash FROM admin_access').get()!
    .pin_hash;
  assert.match(stored, /^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]{43}$/);
  assert.ok(!stored.includes('48215'));
});

test(`${wrongPinLimit} wrong PINs lock the pad for ${lockoutSeconds / 60} minutes, even across a restart`, async () => {
  const { kiosk: first, open, time } = kioskWithClock();
  await first.handlers['admin.setFirstPin']({ pin: '4821' });
  const triesLeft: number[] = [];
  for (let i = 0; i < wrongPinLimit - 1; i++) {
    const outcome = await unlockWith(first, '1111');
    assert.equal(outcome.unlocked, false);
    if (!outcome.unlocked) triesLeft.push(outcome.triesLeft);
  }
  assert.deepEqual(triesLeft, [4, 3, 2, 1]);
  assert.deepEqual(await unlockWith(first, '2222'), {
    unlocked: false,
    triesLeft: 0,
    lockedForSeconds: lockoutSeconds,
  });
  first.close();

  const restarted = open();
  try {
    time.advanceSeconds(60);
    assert.deepEqual(await restarted.handlers['admin.access']({}), {
      pinSet: true,
      lockedForSeconds: lockoutSeconds - 60,
    });
    assert.equal(
      (await unlockWith(restarted, '4821')).unlocked,
      false,
      'even the right PIN is refused while locked',
    );
    time.advanceSeconds(lockoutSeconds - 60);
    assert.equal((await unlockWith(restarted, '4821')).unlocked, true, 'the lock ends by itself');
    assert.deepEqual(await restarted.handlers['admin.access']({}), { pinSet: true, lockedForSeconds: null });
  } finally {
    restarted.close();
  }
});

test('a right PIN resets the count of wrong ones', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  await kiosk.handlers['admin.setFirstPin']({ pin: '4821' });
  for (let i = 0; i < wrongPinLimit - 1; i++) await unlockWith(kiosk, '1111');
  assert.equal((await unlockWith(kiosk, '4821')).unlocked, true);
  const next = await unlockWith(kiosk, '1111');
  assert.deepEqual(next, { unlocked: false, triesLeft: wrongPinLimit - 1, lockedForSeconds: null });
});

test('guesses sent all at once still count one by one: at most the limit is ever checked', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  await kiosk.handlers['admin.setFirstPin']({ pin: '9999' });
  const guesses = Array.from({ length: 20 }, (_, i) => String(1000 + i));
  guesses[12] = '9999';
  const outcomes = await Promise.all(guesses.map((pin) => unlockWith(kiosk, pin)));
  assert.ok(
    outcomes.every((outcome) => !outcome.unlocked),
    'the right PIN came after the limit and was not let through',
  );
  assert.ok((await kiosk.handlers['admin.access']({})).lockedForSeconds !== null);
});

test('the admin session ends after a minute without use, and when locked', async (t) => {
  const { kiosk, time } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '4821' });
  time.advanceSeconds(59);
  kiosk.handlers['admin.status']({ token });
  time.advanceSeconds(59);
  kiosk.handlers['admin.status']({ token });
  time.advanceSeconds(61);
  assert.throws(() => kiosk.handlers['admin.status']({ token }), /locked itself/);

  const again = await unlockWith(kiosk, '4821');
  assert.ok(again.unlocked);
  kiosk.handlers['admin.lock']({ token: again.token });
  assert.throws(() => kiosk.handlers['admin.status']({ token: again.token }), /locked itself/);
});

test('a PIN reset from outside the kiosk screen clears the lockout and ends open sessions', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '4821' });
  for (let i = 0; i < wrongPinLimit; i++) await unlockWith(kiosk, '1111');
  await kiosk.admin.resetPin('135790');
  assert.throws(() => kiosk.handlers['admin.status']({ token }), /locked itself/);
  assert.equal((await unlockWith(kiosk, '4821')).unlocked, false);
  assert.equal((await unlockWith(kiosk, '135790')).unlocked, true);
});

test('a PIN reset by IT in another process ends the sessions open in the running kiosk at their next call', async (t) => {
  const { open, kiosk: running } = kioskWithClock();
  t.after(() => running.close());
  const { token } = await running.handlers['admin.setFirstPin']({ pin: '4821' });
  assert.equal((await running.handlers['admin.status']({ token })).pendingAnswers, 0);

  const cli = open();
  await cli.admin.resetPin('135790');
  cli.close();

  assert.throws(() => running.handlers['admin.status']({ token }), /locked itself/);
  assert.equal((await unlockWith(running, '135790')).unlocked, true);
});

test('changing the PIN needs the current one; afterwards the new PIN opens the view and the old one does not', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '4821' });
  const before = kiosk.db.prepare('SELECT pin_hash FROM admin_access').get();
  assert.deepEqual(await kiosk.handlers['admin.changePin']({ token, currentPin: '1111', newPin: '97531' }), {
    changed: false,
    triesLeft: wrongPinLimit - 1,
    lockedForSeconds: null,
  });
  assert.deepEqual(
    kiosk.db.prepare('SELECT pin_hash FROM admin_access').get(),
    before,
    'a wrong current PIN changes nothing',
  );
  assert.deepEqual(await kiosk.handlers['admin.changePin']({ token, currentPin: '4821', newPin: '97531' }), {
    changed: true,
  });
  assert.equal(
    (await kiosk.handlers['admin.status']({ token })).pendingAnswers,
    0,
    'the session that changed it stays open',
  );
  assert.equal((await unlockWith(kiosk, '4821')).unlocked, false);
  assert.equal((await unlockWith(kiosk, '97531')).unlocked, true);
});

test('wrong current PINs count towards the lockout, which also ends the open admin view', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '4821' });
  await unlockWith(kiosk, '0000');
  for (let i = 0; i < wrongPinLimit - 2; i++)
    await kiosk.handlers['admin.changePin']({ token, currentPin: '1111', newPin: '2222' });
  assert.deepEqual(await kiosk.handlers['admin.changePin']({ token, currentPin: '1111', newPin: '2222' }), {
    changed: false,
    triesLeft: 0,
    lockedForSeconds: lockoutSeconds,
  });
  assert.throws(() => kiosk.handlers['admin.status']({ token }), /locked itself/);
  await assert.rejects(
    async () => kiosk.handlers['admin.changePin']({ token, currentPin: '4821', newPin: '2222' }),
    /locked itself/,
  );
  assert.equal((await unlockWith(kiosk, '2222')).unlocked, false, 'the PIN was never changed');
});

test('a changed PIN ends every other open admin session', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '4821' });
  const other = await unlockWith(kiosk, '4821');
  assert.ok(other.unlocked);
  await kiosk.handlers['admin.changePin']({ token, currentPin: '4821', newPin: '5555' });
  assert.throws(() => kiosk.handlers['admin.status']({ token: other.token }), /locked itself/);
  kiosk.handlers['admin.status']({ token });
});

test('setting, changing and resetting the PIN are logged, and the PIN never is', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '4821' });
  await kiosk.handlers['admin.changePin']({ token, currentPin: '4821', newPin: '97531' });
  await kiosk.admin.resetPin('864200');
  const entries = kiosk.changeLog.entries();
  assert.deepEqual(
    entries.map(({ subject, detail }) => [subject, detail]),
    [
      ['pin', 'reset'],
      ['pin', 'changed'],
      ['pin', 'set'],
    ],
  );
  assert.doesNotMatch(
    JSON.stringify(kiosk.db.prepare('SELECT * FROM change_log').all()),
    /4821|97531|864200/,
  );
});
