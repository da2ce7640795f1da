import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { staffKeyFileSchema } from '../../../../../electron/core/keys/staff-public-key-format.ts';
import {
  generateStaffIdentity,
  staffPublicKey,
} from '../../../../../electron/core/staff/keys/staff-identity.ts';
import {
  readStaffKeyBackup,
  writeStaffKeyBackup,
} from '../../../../../electron/core/staff/keys/backup-file.ts';
import { testSealing } from '../../../../helpers/kiosk-and-staff.ts';
import { writePlainKeyStaffFolder } from '../../../../helpers/plain-staff-keys.ts';
import { assertRefused as refused } from '../../../../helpers/refused-call.ts';
import { staffCore } from '../../../../helpers/staff-core.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

/**
 * The staff screen's first run, through the contract as the screen calls it: new keys with a
 * backup that opens, or keys restored from one; keys sealed with the launcher's passphrase.
 */
const backupPassphrase = 'kept apart from the stick';

test('creating keys writes a backup that opens with its own passphrase, and the public key file kiosks pair with', async () => {
  const staff = staffCore();
  assert.deepEqual((await staff.call('staff.keys')).value, { state: 'none', keyCode: null, problem: null });
  const stick = staff.plugIn('BACKUP');
  const files = { backupFile: join(stick, 'backup.age'), publicKeyFile: join(stick, 'staff-key.json') };

  const created = await staff.call('staff.createKeys', { ...files, backupPassphrase });
  assert.equal(created.ok, true, created.error?.message);
  assert.deepEqual(created.value, { keyCode: created.value.keyCode, ...files });

  const fromBackup = await readStaffKeyBackup(files.backupFile, () => backupPassphrase);
  assert.equal(
    staffPublicKey(fromBackup).fingerprint,
    created.value.keyCode,
    'the backup holds the keys just made',
  );
  assert.equal(statSync(files.backupFile).mode & 0o777, 0o600);
  const publicKey = staffKeyFileSchema.parse(JSON.parse(readFileSync(files.publicKeyFile, 'utf8')));
  assert.deepEqual(publicKey, staffPublicKey(fromBackup));
  assert.deepEqual((await staff.call('staff.keys')).value, {
    state: 'unlocked',
    keyCode: created.value.keyCode,
    problem: null,
  });

  // Sealed with the launcher's passphrase: the next start opens them with it, and only with it.
  staff.close();
  const restarted = staffCore({ dataDir: staff.dataDir });
  assert.deepEqual((await restarted.call('staff.keys')).value, {
    state: 'unlocked',
    keyCode: created.value.keyCode,
    problem: null,
  });
  restarted.close();
  const wrong = staffCore({ dataDir: staff.dataDir, passphrase: () => 'another launcher passphrase' });
  const locked = (await wrong.call('staff.keys')).value;
  assert.equal(locked.state, 'locked');
  assert.equal(locked.keyCode, created.value.keyCode, 'the key code is known while locked');
  assert.equal(locked.problem.kind, 'wrong-passphrase');
  assert.match(locked.problem.message, /Wrong passphrase for the staff keys/);
});

test('creating keys refuses a bad input by naming it, and then has written and stored nothing', async () => {
  const staff = staffCore();
  const stick = staff.plugIn('BACKUP');
  const existing = join(stick, 'taken.age');
  writeFileSync(existing, 'not to be overwritten');
  const good = {
    backupFile: join(stick, 'backup.age'),
    backupPassphrase,
    publicKeyFile: join(stick, 'staff-key.json'),
  };
  const stored = staff.stored();

  refused(
    await staff.call('staff.createKeys', { ...good, backupFile: existing }),
    'conflict',
    /taken\.age \(backupFile\) already exists; it is never overwritten/,
  );
  refused(
    await staff.call('staff.createKeys', { ...good, backupPassphrase: 'too short' }),
    'bad_request',
    /backupPassphrase: a new passphrase needs at least 10 characters/,
  );
  refused(
    await staff.call('staff.createKeys', { ...good, backupFile: 'backup.age' }),
    'bad_request',
    /backupFile: must be a full path/,
  );
  refused(
    await staff.call('staff.createKeys', { ...good, publicKeyFile: '' }),
    'bad_request',
    /publicKeyFile: name the file for the public staff key/,
  );
  refused(
    await staff.call('staff.createKeys', { ...good, publicKeyFile: good.backupFile }),
    'bad_request',
    /publicKeyFile: name another file than the backup/,
  );
  refused(
    await staff.call('staff.createKeys', { ...good, backupFile: join(stick, 'no-such-folder', 'b.age') }),
    'not_found',
    /\(backupFile\) cannot be written: the folder .*no-such-folder does not exist/,
  );
  refused(await staff.call('staff.createKeys', { ...good, extra: 1 }), 'bad_request', /extra/);

  assert.equal(readFileSync(existing, 'utf8'), 'not to be overwritten');
  assert.equal(existsSync(good.backupFile) || existsSync(good.publicKeyFile), false, 'no file written');
  assert.equal(staff.stored(), stored, 'the staff store is unchanged');
  assert.equal((await staff.call('staff.keys')).value.state, 'none');
});

test('a second set of keys is refused: the keys every kiosk encrypts to are never replaced', async () => {
  const staff = staffCore();
  const stick = staff.plugIn('BACKUP');
  const first = await staff.call('staff.createKeys', {
    backupFile: join(stick, 'a.age'),
    backupPassphrase,
    publicKeyFile: join(stick, 'a.json'),
  });
  assert.equal(first.ok, true);
  const stored = staff.stored();
  refused(
    await staff.call('staff.createKeys', {
      backupFile: join(stick, 'b.age'),
      backupPassphrase,
      publicKeyFile: join(stick, 'b.json'),
    }),
    'conflict',
    /already has keys/,
  );
  refused(
    await staff.call('staff.restoreKeys', { backupFile: join(stick, 'a.age'), backupPassphrase }),
    'conflict',
    /already has keys/,
  );
  assert.equal(existsSync(join(stick, 'b.age')), false);
  assert.equal(staff.stored(), stored);
});

test('restoring with a wrong passphrase stores nothing; the right one restores the same keys, open at once', async () => {
  const identity = await generateStaffIdentity();
  const backupFile = join(tempDir(), 'backup.age');
  await writeStaffKeyBackup(backupFile, identity, backupPassphrase, testSealing);
  const staff = staffCore();
  const stored = staff.stored();

  refused(
    await staff.call('staff.restoreKeys', { backupFile, backupPassphrase: 'not the passphrase' }),
    'forbidden',
    /Wrong passphrase for the backup .*backup\.age.*nothing was changed/,
  );
  refused(
    await staff.call('staff.restoreKeys', { backupFile: join(tempDir(), 'missing.age'), backupPassphrase }),
    'not_found',
    /Cannot read the backup .*missing\.age: it does not exist/,
  );
  refused(
    await staff.call('staff.restoreKeys', { backupFile, backupPassphrase: '' }),
    'bad_request',
    /backupPassphrase: type the backup passphrase/,
  );
  assert.equal(staff.stored(), stored, 'nothing stored');
  assert.equal((await staff.call('staff.keys')).value.state, 'none');

  const restored = await staff.call('staff.restoreKeys', { backupFile, backupPassphrase });
  assert.deepEqual(restored.value, { keyCode: staffPublicKey(identity).fingerprint });
  assert.deepEqual((await staff.call('staff.keys')).value, {
    state: 'unlocked',
    keyCode: staffPublicKey(identity).fingerprint,
    problem: null,
  });
});

test('keys an older version kept unprotected are not used: the screen is pointed to "kuulluksi staff protect-keys"', async () => {
  const dataDir = tempDir();
  writePlainKeyStaffFolder(dataDir, await generateStaffIdentity());
  const staff = staffCore({ dataDir });
  const keys = (await staff.call('staff.keys')).value;
  assert.equal(keys.state, 'locked');
  assert.equal(keys.problem.kind, 'plain-keys');
  assert.match(keys.problem.message, /kuulluksi staff protect-keys/);
});
