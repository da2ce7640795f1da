import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { createDispatcher } from '../../../../../electron/core/dispatch.ts';
import { kioskDatabaseFile, openKiosk, type Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { tableRows } from '../../../../helpers/admin-kiosk.ts';
import { garbleBtree } from '../../../../helpers/damage.ts';
import { pairedKioskAndStaff, submitMany } from '../../../../helpers/kiosk-and-staff.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

/** The screen's way to a first PIN is closed: it is told to ask IT, and a PIN sent anyway is refused. */
async function assertOnlyItMaySetTheFirstPin(kiosk: Kiosk) {
  assert.deepEqual(kiosk.admin.access(), { pin: 'ask-it', lockedForSeconds: null });
  const before = [tableRows(kiosk, 'admin_access'), tableRows(kiosk, 'change_log')];
  const dispatch = createDispatcher('kiosk', kiosk.handlers, silentLog);
  assert.deepEqual(await dispatch('admin.setFirstPin', { pin: '482193' }), {
    ok: false,
    error: {
      code: 'forbidden',
      message:
        'This kiosk has already taken answers, so only IT can set its first PIN, with "kuulluksi kiosk config --set-pin-file FILE".',
    },
  });
  assert.deepEqual([tableRows(kiosk, 'admin_access'), tableRows(kiosk, 'change_log')], before);
}

test('a new kiosk lets its first PIN be chosen on screen', async (t) => {
  const kiosk = openKiosk({ dataDir: tempDir('kuulluksi-first-pin-'), log: silentLog });
  t.after(() => kiosk.close());
  assert.deepEqual(kiosk.admin.access(), { pin: 'choose', lockedForSeconds: null });
  await kiosk.handlers['admin.setFirstPin']({ pin: '482193' });
  assert.deepEqual(kiosk.admin.access(), { pin: 'set', lockedForSeconds: null });
});

test('once a kiosk without a PIN has taken an answer, only IT can set its first PIN', async (t) => {
  const kiosk = openKiosk({ dataDir: tempDir('kuulluksi-first-pin-'), log: silentLog });
  t.after(() => kiosk.close());
  submitMany(kiosk, [4]);
  await assertOnlyItMaySetTheFirstPin(kiosk);

  assert.equal(
    kiosk.admin.setPinFromIt(await kiosk.admin.prepareNewPin('482193'), { replace: false }),
    'set',
  );
  assert.deepEqual(
    kiosk.changeLog.entries().map(({ subject, detail }) => [subject, detail]),
    [['pin', 'set-by-it']],
  );
  assert.ok((await kiosk.handlers['admin.unlock']({ pin: '482193' })).unlocked);
});

test('a kiosk whose answers were all exported and forgotten is still not new', async () => {
  const time = movableClock(new Date(2026, 10, 2, 10, 0));
  const { kiosk, usb } = await pairedKioskAndStaff(time.clock);
  submitMany(kiosk, [1, 2]);
  await kiosk.exportTo(usb);
  kiosk.close();
  time.advanceDays(400);
  const reopened = openKiosk({ dataDir: dirname(kiosk.db.name), clock: time.clock, log: silentLog });
  try {
    assert.deepEqual(tableRows(reopened, 'responses'), [], 'retention forgot every answer');
    await assertOnlyItMaySetTheFirstPin(reopened);
  } finally {
    reopened.close();
  }
});

test('a kiosk whose damaged store was set aside and started afresh is not new either', async () => {
  const dataDir = tempDir('kuulluksi-first-pin-');
  const first = openKiosk({ dataDir, log: silentLog });
  submitMany(first, [3, 4]);
  first.close();
  garbleBtree(join(dataDir, kioskDatabaseFile), 'answer_slots');
  const fresh = openKiosk({ dataDir, log: silentLog });
  try {
    assert.deepEqual(tableRows(fresh, 'responses'), []);
    await assertOnlyItMaySetTheFirstPin(fresh);
  } finally {
    fresh.close();
  }
});

test('IT replaces a PIN only when asked to, and then the lockout ends', async (t) => {
  const kiosk = openKiosk({ dataDir: tempDir('kuulluksi-first-pin-'), log: silentLog });
  t.after(() => kiosk.close());
  await kiosk.handlers['admin.setFirstPin']({ pin: '482193' });
  for (let i = 0; i < 5; i++) await kiosk.handlers['admin.unlock']({ pin: '1111' });
  const before = [tableRows(kiosk, 'admin_access'), tableRows(kiosk, 'change_log')];
  const prepared = await kiosk.admin.prepareNewPin('739104');
  assert.throws(() => kiosk.admin.setPinFromIt(prepared, { replace: false }), /already has a PIN/);
  assert.deepEqual([tableRows(kiosk, 'admin_access'), tableRows(kiosk, 'change_log')], before);

  assert.equal(kiosk.admin.setPinFromIt(prepared, { replace: true }), 'replaced');
  assert.deepEqual(kiosk.admin.access(), { pin: 'set', lockedForSeconds: null });
  assert.ok((await kiosk.handlers['admin.unlock']({ pin: '739104' })).unlocked);
});
