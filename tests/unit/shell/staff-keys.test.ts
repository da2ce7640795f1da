import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { silentLog } from '../../../electron/core/log.ts';
import { openCore } from '../../../electron/core/open-core.ts';
import { appPassphraseFileName, staffKeyOptions } from '../../../electron/shell/staff-keys.ts';
import { accountStorage } from '../../helpers/secret-storage.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

/**
 * How Electron gives the staff tool its keys, with the system keyring stood in for: the app
 * starts either way, and a missing keyring is a message on the staff screen, not a dead app.
 * These open keys at the real work factor (about a second each), as the app does.
 */
function staffApp(userData: string, storage = accountStorage(), dataDir = join(userData, 'data')) {
  const core = openCore('staff', dataDir, silentLog, {
    usbRoots: [],
    ...staffKeyOptions('staff', userData, storage),
  });
  return {
    call: (method: string, input: unknown = {}) => core.dispatch(method, input) as Promise<any>,
    close: core.close,
  };
}

const newKeys = (folder: string) => ({
  backupFile: join(folder, 'backup.age'),
  backupPassphrase: 'kept apart from the stick',
  publicKeyFile: join(folder, 'staff-key.json'),
});

test('the kiosk gets no staff keys', () => {
  assert.deepEqual(staffKeyOptions('kiosk', tempDir(), accountStorage()), {});
});

test('without a keyring the staff tool still starts; its screen says what is wrong, and nothing is written', async () => {
  const userData = tempDir();
  const app = staffApp(userData, accountStorage('basic_text'));
  const keys = await app.call('staff.keys');
  assert.equal(keys.ok, true);
  assert.equal(keys.value.state, 'none');
  assert.equal(keys.value.problem.kind, 'passphrase-unavailable');
  assert.match(keys.value.problem.message, /no protected storage for the staff key passphrase.*keyring/);

  const stick = tempDir();
  const created = await app.call('staff.createKeys', newKeys(stick));
  assert.equal(created.ok, false);
  assert.match(created.error.message, /keyring/);
  assert.deepEqual(readdirSync(stick), [], 'no backup without keys to go with it');
  assert.equal(existsSync(join(userData, appPassphraseFileName)), false);
  app.close();
});

test('with a keyring the keys are sealed with the passphrase it keeps, and open again at the next start', async () => {
  const userData = tempDir();
  const storage = accountStorage();
  const first = staffApp(userData, storage);
  const created = await first.call('staff.createKeys', newKeys(tempDir()));
  assert.equal(created.ok, true, created.error?.message);
  assert.ok(existsSync(join(userData, appPassphraseFileName)));
  first.close();

  const second = staffApp(userData, storage);
  assert.deepEqual((await second.call('staff.keys')).value, {
    state: 'unlocked',
    keyCode: created.value.keyCode,
    problem: null,
  });
  second.close();

  // Another user account's keyring cannot open this account's passphrase: a message, not a crash.
  const elsewhere = staffApp(userData, accountStorage());
  const keys = (await elsewhere.call('staff.keys')).value;
  assert.equal(keys.state, 'locked');
  assert.equal(keys.problem.kind, 'passphrase-unavailable');
  assert.match(keys.problem.message, /cannot be opened by this user on this computer/);
  elsewhere.close();
});
