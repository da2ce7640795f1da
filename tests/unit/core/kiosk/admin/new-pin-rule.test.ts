import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wrongPinLimit } from '../../../../../shared/admin-access.ts';
import { createDispatcher } from '../../../../../electron/core/dispatch.ts';
import { AppError } from '../../../../../electron/core/errors.ts';
import { openKiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { kioskAtReception, tableRows, testPin } from '../../../../helpers/admin-kiosk.ts';
import { storePinFromBefore } from '../../../../helpers/pin-from-before.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

const tooShort = (error: unknown) =>
  error instanceof AppError && error.code === 'bad_request' && /needs 6 to 8 digits/.test(error.message);

test('a first PIN of fewer than 6 digits is refused by the core itself, and none is set', async (t) => {
  const kiosk = openKiosk({ dataDir: tempDir('kuulluksi-new-pin-'), log: silentLog });
  t.after(() => kiosk.close());
  for (const pin of ['4821', '48219'])
    await assert.rejects(async () => kiosk.handlers['admin.setFirstPin']({ pin }), tooShort, pin);
  // Over the contract too, as the screen calls it.
  const dispatch = createDispatcher('kiosk', kiosk.handlers, silentLog);
  assert.deepEqual(await dispatch('admin.setFirstPin', { pin: '4821' }), {
    ok: false,
    error: { code: 'bad_request', message: 'admin.setFirstPin: pin: a new PIN needs 6 to 8 digits' },
  });
  assert.deepEqual(kiosk.admin.access(), { pin: 'choose', lockedForSeconds: null });
  assert.deepEqual(tableRows(kiosk, 'change_log'), []);
  assert.equal((await kiosk.handlers['admin.setFirstPin']({ pin: '482193' })).token.length, 43);
});

test('a new PIN of fewer than 6 digits is refused in the admin view, costs no try, and changes nothing', async () => {
  const { kiosk, token } = await kioskAtReception();
  const before = tableRows(kiosk, 'admin_access');
  for (const newPin of ['4821', '48219'])
    await assert.rejects(
      async () => kiosk.handlers['admin.changePin']({ token, currentPin: testPin, newPin }),
      tooShort,
    );
  assert.deepEqual(tableRows(kiosk, 'admin_access'), before, 'no try was counted and the PIN is the same');
  assert.deepEqual(await kiosk.handlers['admin.unlock']({ pin: '1111' }), {
    unlocked: false,
    triesLeft: wrongPinLimit - 1,
    lockedForSeconds: null,
  });
  assert.ok((await kiosk.handlers['admin.unlock']({ pin: testPin })).unlocked);
});

test('IT cannot set a PIN of fewer than 6 digits either', async () => {
  const { kiosk } = await kioskAtReception();
  await assert.rejects(async () => kiosk.admin.prepareNewPin('4821'), tooShort);
});

test('a 4-digit PIN chosen before the rule still opens the view, which is told to ask for a longer one', async () => {
  const { kiosk } = await kioskAtReception();
  await storePinFromBefore(kiosk.db, '4821');
  const opened = await kiosk.handlers['admin.unlock']({ pin: '4821' });
  assert.ok(opened.unlocked);
  assert.equal(opened.pinTooShort, true);

  await kiosk.handlers['admin.changePin']({ token: opened.token, currentPin: '4821', newPin: '739104' });
  assert.equal((await kiosk.handlers['admin.unlock']({ pin: '4821' })).unlocked, false);
  const again = await kiosk.handlers['admin.unlock']({ pin: '739104' });
  assert.ok(again.unlocked);
  assert.equal(again.pinTooShort, false, 'a 6-digit PIN is not to be changed');
});

test('a 5-digit PIN from before opens the view too, with the same reminder; the length is never stored', async () => {
  const { kiosk } = await kioskAtReception();
  await storePinFromBefore(kiosk.db, '48219');
  const stored = tableRows(kiosk, 'admin_access');
  const opened = await kiosk.handlers['admin.unlock']({ pin: '48219' });
  assert.ok(opened.unlocked && opened.pinTooShort);
  assert.deepEqual(tableRows(kiosk, 'admin_access'), stored, 'opening the view wrote nothing about the PIN');
});
