import assert from 'node:assert/strict';
import { test } from 'node:test';
import { firstLockoutSeconds, wrongPinLimit } from '../../../../../shared/admin-access.ts';
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

/** What `kuulluksi kiosk config --set-pin-file FILE --replace-pin` does to the kiosk. */
async function replacePinAsIt(kiosk: Kiosk, pin: string): Promise<void> {
  kiosk.admin.setPinFromIt(await kiosk.admin.prepareNewPin(pin), { replace: true });
}

test('a fresh kiosk has no PIN; the first one chosen opens the admin view and cannot be chosen again', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  assert.deepEqual(await kiosk.handlers['admin.access']({}), { pin: 'choose', lockedForSeconds: null });
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '482193' });
  assert.equal((await kiosk.handlers['admin.status']({ token })).pendingAnswers, 0);
  assert.deepEqual(await kiosk.handlers['admin.access']({}), { pin: 'set', lockedForSeconds: null });
  await assert.rejects(async () => kiosk.handlers['admin.setFirstPin']({ pin: '000000' }), /already set/);
  assert.equal(
    (await unlockWith(kiosk, '000000')).unlocked,
    false,
    'the refused second PIN did not replace the first',
  );
  assert.equal((await unlockWith(kiosk, '482193')).unlocked, true);
});

test('the PIN is stored only as a salted scrypt hash', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  await kiosk.handlers['admin.setFirstPin']({ pin: '482157' });
  const stored = kiosk.db.prepare<[], { pin_hash: string }>('SELECT pin_hash FROM admin_access').get()!
    .pin_hash;
  assert.match(stored, /^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]{43}$/);
  assert.ok(!stored.includes('482157'));
});

test('a right PIN resets the count of wrong ones', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  await kiosk.handlers['admin.setFirstPin']({ pin: '482193' });
  for (let i = 0; i < wrongPinLimit - 1; i++) await unlockWith(kiosk, '1111');
  assert.equal((await unlockWith(kiosk, '482193')).unlocked, true);
  const next = await unlockWith(kiosk, '1111');
  assert.deepEqual(next, { unlocked: false, triesLeft: wrongPinLimit - 1, lockedForSeconds: null });
});

test('guesses sent all at once still count one by one: at most the limit is ever checked', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  await kiosk.handlers['admin.setFirstPin']({ pin: '999999' });
  const guesses = Array.from({ length: 20 }, (_, i) => String(100000 + i));
  guesses[12] = '999999';
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
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '482193' });
  time.advanceSeconds(59);
  kiosk.handlers['admin.status']({ token });
  time.advanceSeconds(59);
  kiosk.handlers['admin.status']({ token });
  time.advanceSeconds(61);
  assert.throws(() => kiosk.handlers['admin.status']({ token }), /locked itself/);

  const again = await unlockWith(kiosk, '482193');
  assert.ok(again.unlocked);
  kiosk.handlers['admin.lock']({ token: again.token });
  assert.throws(() => kiosk.handlers['admin.status']({ token: again.token }), /locked itself/);
});

test('a PIN reset from outside the kiosk screen clears the lockout and ends open sessions', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '482193' });
  for (let i = 0; i < wrongPinLimit; i++) await unlockWith(kiosk, '1111');
  await replacePinAsIt(kiosk, '135790');
  assert.throws(() => kiosk.handlers['admin.status']({ token }), /locked itself/);
  assert.equal((await unlockWith(kiosk, '482193')).unlocked, false);
  assert.equal((await unlockWith(kiosk, '135790')).unlocked, true);
});

test('a PIN reset by IT in another process ends the sessions open in the running kiosk at their next call', async (t) => {
  const { open, kiosk: running } = kioskWithClock();
  t.after(() => running.close());
  const { token } = await running.handlers['admin.setFirstPin']({ pin: '482193' });
  assert.equal((await running.handlers['admin.status']({ token })).pendingAnswers, 0);

  const cli = open();
  await replacePinAsIt(cli, '135790');
  cli.close();

  assert.throws(() => running.handlers['admin.status']({ token }), /locked itself/);
  assert.equal((await unlockWith(running, '135790')).unlocked, true);
});

test('changing the PIN needs the current one; afterwards the new PIN opens the view and the old one does not', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '482193' });
  const before = kiosk.db.prepare('SELECT pin_hash FROM admin_access').get();
  assert.deepEqual(await kiosk.handlers['admin.changePin']({ token, currentPin: '1111', newPin: '975310' }), {
    changed: false,
    triesLeft: wrongPinLimit - 1,
    lockedForSeconds: null,
  });
  assert.deepEqual(
    kiosk.db.prepare('SELECT pin_hash FROM admin_access').get(),
    before,
    'a wrong current PIN changes nothing',
  );
  assert.deepEqual(
    await kiosk.handlers['admin.changePin']({ token, currentPin: '482193', newPin: '975310' }),
    {
      changed: true,
    },
  );
  assert.equal(
    (await kiosk.handlers['admin.status']({ token })).pendingAnswers,
    0,
    'the session that changed it stays open',
  );
  assert.equal((await unlockWith(kiosk, '482193')).unlocked, false);
  assert.equal((await unlockWith(kiosk, '975310')).unlocked, true);
});

test('wrong current PINs count towards the lockout, which also ends the open admin view', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '482193' });
  await unlockWith(kiosk, '0000');
  for (let i = 0; i < wrongPinLimit - 2; i++)
    await kiosk.handlers['admin.changePin']({ token, currentPin: '1111', newPin: '222222' });
  assert.deepEqual(await kiosk.handlers['admin.changePin']({ token, currentPin: '1111', newPin: '222222' }), {
    changed: false,
    triesLeft: 0,
    lockedForSeconds: firstLockoutSeconds,
  });
  assert.throws(() => kiosk.handlers['admin.status']({ token }), /locked itself/);
  await assert.rejects(
    async () => kiosk.handlers['admin.changePin']({ token, currentPin: '482193', newPin: '222222' }),
    /locked itself/,
  );
  assert.equal((await unlockWith(kiosk, '222222')).unlocked, false, 'the PIN was never changed');
});

test('a changed PIN ends every other open admin session', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '482193' });
  const other = await unlockWith(kiosk, '482193');
  assert.ok(other.unlocked);
  await kiosk.handlers['admin.changePin']({ token, currentPin: '482193', newPin: '555555' });
  assert.throws(() => kiosk.handlers['admin.status']({ token: other.token }), /locked itself/);
  kiosk.handlers['admin.status']({ token });
});

test('setting, changing and resetting the PIN are logged, and the PIN never is', async (t) => {
  const { kiosk } = kioskWithClock();
  t.after(() => kiosk.close());
  const { token } = await kiosk.handlers['admin.setFirstPin']({ pin: '482193' });
  await kiosk.handlers['admin.changePin']({ token, currentPin: '482193', newPin: '975310' });
  await replacePinAsIt(kiosk, '864200');
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
    /482193|975310|864200/,
  );
});
