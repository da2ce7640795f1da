import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { staffKeyFileSchema } from '../../../../../electron/core/keys/staff-public-key-format.ts';
import { openKiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../../../../electron/core/kiosk/pairing.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { staffPublicKey } from '../../../../../electron/core/staff/keys/staff-identity.ts';
import { readStaffKeyBackup } from '../../../../../electron/core/staff/keys/backup-file.ts';
import { fixedClock, submitMany } from '../../../../helpers/kiosk-and-staff.ts';
import { assertRefused as refused } from '../../../../helpers/refused-call.ts';
import { staffCore } from '../../../../helpers/staff-core.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

/**
 * The staff screen's Keys section, through the contract as the screen calls it: another backup
 * of the open keys and the public key file written again, for a manager's copy, a lost stick or
 * a new kiosk, when the app's keyring passphrase keeps the command line out.
 */
const firstPassphrase = 'kept apart from the stick';
const managerPassphrase = 'the manager keeps this one';

/** A staff core with keys made on its first-run screen. */
async function staffWithKeys() {
  const staff = staffCore();
  const stick = staff.plugIn('BACKUP');
  const firstBackup = join(stick, 'backup.age');
  const created = await staff.call('staff.createKeys', {
    backupFile: firstBackup,
    backupPassphrase: firstPassphrase,
    publicKeyFile: join(stick, 'staff-key.json'),
  });
  assert.equal(created.ok, true, created.error?.message);
  return { staff, firstBackup, keyCode: created.value.keyCode as string };
}

test('another backup holds the same keys; a kiosk paired with the public key file written again has its batch read by keys restored from that backup', async () => {
  const { staff, firstBackup, keyCode } = await staffWithKeys();
  const manager = staff.plugIn('MANAGER');
  const backupFile = join(manager, 'kuulluksi-staff-key-backup.age');
  const publicKeyFile = join(manager, 'kuulluksi-staff-key.json');

  const backup = await staff.call('staff.backupKeys', { backupFile, backupPassphrase: managerPassphrase });
  assert.equal(backup.ok, true, backup.error?.message);
  assert.deepEqual(backup.value, { keyCode, backupFile });
  const fromBackup = await readStaffKeyBackup(backupFile, () => managerPassphrase);
  assert.deepEqual(
    fromBackup,
    await readStaffKeyBackup(firstBackup, () => firstPassphrase),
    'the same keys as the first backup',
  );
  assert.equal(statSync(backupFile).mode & 0o777, 0o600, 'readable by its owner only');
  await assert.rejects(
    readStaffKeyBackup(backupFile, () => firstPassphrase),
    /Wrong passphrase/,
    'sealed under its own passphrase',
  );

  const written = await staff.call('staff.writePublicKey', { publicKeyFile });
  assert.deepEqual(written.value, { keyCode, publicKeyFile });
  const publicKey = staffKeyFileSchema.parse(JSON.parse(readFileSync(publicKeyFile, 'utf8')));
  assert.deepEqual(publicKey, staffPublicKey(fromBackup));

  const kiosk = openKiosk({
    dataDir: tempDir('kuulluksi-kiosk-'),
    clock: fixedClock,
    log: silentLog,
    usbRoots: [],
  });
  after(() => kiosk.close());
  pairWithStaff(kiosk.db, publicKey);
  const folder = tempDir('kuulluksi-stick-');
  submitMany(kiosk, [5, 4, 4]);
  await kiosk.exportTo(folder);

  // The staff PC is lost: a new one restores the manager's backup and reads the kiosk's batch.
  const replacement = staffCore();
  const restored = await replacement.call('staff.restoreKeys', {
    backupFile,
    backupPassphrase: managerPassphrase,
  });
  assert.deepEqual(restored.value, { keyCode });
  const summary = (await replacement.call('staff.import', { paths: [folder] })).value;
  assert.deepEqual(summary.rejected, []);
  assert.deepEqual(
    summary.held.map((batch: any) => [batch.kioskId, batch.seq, batch.responses]),
    [[kiosk.identity.kioskId, 1, 3]],
  );
});

test('a bad input is refused by naming its field; an existing file is left as it was and nothing is written', async () => {
  const { staff } = await staffWithKeys();
  const stick = staff.plugIn('MANAGER');
  const taken = join(stick, 'taken.age');
  writeFileSync(taken, 'not to be overwritten');
  const good = { backupFile: join(stick, 'backup.age'), backupPassphrase: managerPassphrase };
  const stored = staff.stored();

  refused(
    await staff.call('staff.backupKeys', { ...good, backupFile: taken }),
    'conflict',
    /taken\.age \(backupFile\) already exists; it is never overwritten/,
  );
  refused(
    await staff.call('staff.backupKeys', { ...good, backupPassphrase: 'too short' }),
    'bad_request',
    /backupPassphrase: a new passphrase needs at least 10 characters/,
  );
  refused(
    await staff.call('staff.backupKeys', { ...good, backupFile: 'backup.age' }),
    'bad_request',
    /backupFile: must be a full path/,
  );
  refused(
    await staff.call('staff.backupKeys', { ...good, backupFile: join(stick, 'gone', 'b.age') }),
    'not_found',
    /\(backupFile\) cannot be written: the folder .*gone does not exist/,
  );
  refused(await staff.call('staff.backupKeys', { ...good, extra: 1 }), 'bad_request', /extra/);
  refused(
    await staff.call('staff.writePublicKey', { publicKeyFile: taken }),
    'conflict',
    /taken\.age \(publicKeyFile\) already exists; it is never overwritten/,
  );
  refused(
    await staff.call('staff.writePublicKey', { publicKeyFile: '' }),
    'bad_request',
    /publicKeyFile: name the file for the public staff key/,
  );

  assert.equal(readFileSync(taken, 'utf8'), 'not to be overwritten');
  assert.deepEqual(readdirSync(stick), ['taken.age'], 'nothing else written');
  assert.equal(staff.stored(), stored, 'the staff store is unchanged');
});

test('without open keys nothing is written: none yet, or a passphrase that does not open them', async () => {
  const stick = tempDir('kuulluksi-stick-');
  const backupFile = join(stick, 'backup.age');
  const publicKeyFile = join(stick, 'staff-key.json');

  const empty = staffCore();
  refused(
    await empty.call('staff.backupKeys', { backupFile, backupPassphrase: managerPassphrase }),
    'not_ready',
    /No backup was written: the staff keys are not open\. .*no staff keys yet/,
  );
  refused(
    await empty.call('staff.writePublicKey', { publicKeyFile }),
    'not_ready',
    /No public key file was written: the staff keys are not open\. .*no staff keys yet/,
  );

  const { staff } = await staffWithKeys();
  staff.close();
  const locked = staffCore({ dataDir: staff.dataDir, passphrase: () => 'not the launcher passphrase' });
  refused(
    await locked.call('staff.backupKeys', { backupFile, backupPassphrase: managerPassphrase }),
    'not_ready',
    /No backup was written: the staff keys are not open\. Wrong passphrase/,
  );
  refused(
    await locked.call('staff.writePublicKey', { publicKeyFile }),
    'not_ready',
    /No public key file was written: the staff keys are not open\. Wrong passphrase/,
  );

  assert.equal(existsSync(backupFile) || existsSync(publicKeyFile), false, 'no file written');
});
