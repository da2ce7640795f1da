import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AppError } from '../../../../../electron/core/errors.ts';
import { generateSigningKeyPair } from '../../../../../electron/core/keys/ed25519.ts';
import {
  generateStaffIdentity,
  type StaffIdentity,
} from '../../../../../electron/core/staff/keys/staff-identity.ts';
import { importBatchFiles } from '../../../../../electron/core/staff/import-batches.ts';
import {
  readStaffKeyBackup,
  writeStaffKeyBackup,
} from '../../../../../electron/core/staff/keys/backup-file.ts';
import {
  protectPlainKeys,
  staffKeysState,
  storeStaffIdentity,
  unlockStaffIdentity,
} from '../../../../../electron/core/staff/keys/sealed-key-store.ts';
import { openStaff, staffDatabaseFile } from '../../../../../electron/core/staff/open-staff.ts';
import {
  parseSecretKeyText,
  secretKeyText,
} from '../../../../../electron/core/staff/keys/secret-keys-format.ts';
import {
  pairedKioskAndStaff,
  submitMany,
  testPassphrase,
  testSealing,
} from '../../../../helpers/kiosk-and-staff.ts';
import { writePlainKeyStaffFolder } from '../../../../helpers/plain-staff-keys.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

const failsWith = (code: string, pattern: RegExp) => (error: unknown) =>
  error instanceof AppError && error.code === code && pattern.test(error.message);

/** Every byte SQLite keeps for a data folder: the database and any journal beside it. */
const storedBytes = (dataDir: string) =>
  Buffer.concat(
    ['', '-wal', '-shm']
      .map((suffix) => join(dataDir, staffDatabaseFile + suffix))
      .filter(existsSync)
      .map((file) => readFileSync(file)),
  );

const secretsOf = (identity: StaffIdentity) => [identity.ageIdentity, identity.signing.privateKey];

function openTempStaff() {
  const dataDir = tempDir();
  return { dataDir, staff: openStaff({ dataDir }) };
}

test('stored staff keys are sealed: the data folder holds neither secret key, and the passphrase opens them', async () => {
  const { dataDir, staff } = openTempStaff();
  const identity = await generateStaffIdentity();
  await storeStaffIdentity(staff.db, identity, testPassphrase, testSealing);
  staff.close();
  for (const secret of secretsOf(identity)) assert.equal(storedBytes(dataDir).includes(secret), false);

  const again = openStaff({ dataDir });
  try {
    assert.equal(staffKeysState(again.db), 'sealed');
    assert.deepEqual(await unlockStaffIdentity(again.db, () => testPassphrase), identity);
  } finally {
    again.close();
  }
});

test('a wrong passphrase is refused with a clear reason and changes nothing', async () => {
  const { dataDir, staff } = openTempStaff();
  await storeStaffIdentity(staff.db, await generateStaffIdentity(), testPassphrase, testSealing);
  staff.db.pragma('wal_checkpoint(TRUNCATE)');
  const before = storedBytes(dataDir);
  await assert.rejects(
    unlockStaffIdentity(staff.db, () => 'not the passphrase'),
    failsWith('forbidden', /^Wrong passphrase for the staff keys.*nothing was changed/),
  );
  assert.ok(storedBytes(dataDir).equals(before));
  staff.close();
});

test('keys are never replaced, and a folder without keys says how to get them before asking for a passphrase', async () => {
  const { staff } = openTempStaff();
  let asked = false;
  await assert.rejects(
    unlockStaffIdentity(staff.db, () => ((asked = true), testPassphrase)),
    failsWith(
      'not_ready',
      /no keys yet: run "kuulluksi staff init" \(or "kuulluksi staff restore" from a backup\)/,
    ),
  );
  assert.equal(asked, false);
  const first = await generateStaffIdentity();
  await storeStaffIdentity(staff.db, first, testPassphrase, testSealing);
  await assert.rejects(
    storeStaffIdentity(staff.db, await generateStaffIdentity(), testPassphrase, testSealing),
    failsWith('conflict', /already has keys/),
  );
  assert.deepEqual(await unlockStaffIdentity(staff.db, () => testPassphrase), first);
  staff.close();
});

test('a passphrase shorter than ten characters is refused before anything is stored', async () => {
  const { staff } = openTempStaff();
  await assert.rejects(
    storeStaffIdentity(staff.db, await generateStaffIdentity(), 'short', testSealing),
    failsWith('bad_request', /at least 10 characters/),
  );
  assert.equal(staffKeysState(staff.db), 'none');
  staff.close();
});

test('plain keys an older version stored are refused until protect-keys seals them and wipes the plain copy', async () => {
  const dataDir = tempDir();
  const identity = await generateStaffIdentity();
  writePlainKeyStaffFolder(dataDir, identity);

  const staff = openStaff({ dataDir });
  try {
    assert.equal(staffKeysState(staff.db), 'plain');
    await assert.rejects(
      unlockStaffIdentity(staff.db, () => testPassphrase),
      failsWith('not_ready', /unprotected.*kuulluksi staff protect-keys/),
    );
    assert.deepEqual(await protectPlainKeys(staff.db, () => testPassphrase, testSealing), identity);
    for (const secret of secretsOf(identity))
      assert.equal(storedBytes(dataDir).includes(secret), false, 'no plain copy left in the files');
    assert.deepEqual(await unlockStaffIdentity(staff.db, () => testPassphrase), identity);
    await assert.rejects(
      protectPlainKeys(staff.db, () => testPassphrase, testSealing),
      failsWith('conflict', /already protected/),
    );
  } finally {
    staff.close();
  }
});

test('the key text reads back to the same keys, and keys that do not belong together are refused', async () => {
  const identity = await generateStaffIdentity();
  assert.deepEqual(await parseSecretKeyText(secretKeyText(identity), 'test'), identity);
  const mixed = {
    ...identity,
    signing: { ...identity.signing, privateKey: generateSigningKeyPair().privateKey },
  };
  await assert.rejects(
    parseSecretKeyText(secretKeyText(mixed), 'The file'),
    failsWith('bad_request', /do not belong together/),
  );
  const otherAge = (await generateStaffIdentity()).ageIdentity;
  await assert.rejects(
    parseSecretKeyText(secretKeyText({ ...identity, ageIdentity: otherAge }), 'The file'),
    /do not belong together/,
  );
  await assert.rejects(
    parseSecretKeyText(
      secretKeyText(identity).replace('kuulluksi-staff-keys: 1', 'kuulluksi-staff-keys: 2'),
      'The file',
    ),
    /newer Kuulluksi/,
  );
  await assert.rejects(
    parseSecretKeyText('AGE-SECRET-KEY-1\n', 'The file'),
    failsWith('bad_request', /does not hold Kuulluksi staff keys/),
  );
});

test('a backup opens only with its own passphrase, is never overwritten, and other files are named as not backups', async () => {
  const identity = await generateStaffIdentity();
  const file = join(tempDir(), 'backup.age');
  await writeStaffKeyBackup(file, identity, 'backup passphrase', testSealing);
  assert.deepEqual(await readStaffKeyBackup(file, () => 'backup passphrase'), identity);
  await assert.rejects(
    readStaffKeyBackup(file, () => testPassphrase),
    failsWith('forbidden', /^Wrong passphrase for the backup/),
  );
  await assert.rejects(
    writeStaffKeyBackup(file, await generateStaffIdentity(), 'backup passphrase', testSealing),
    failsWith('conflict', /already exists/),
  );
  assert.deepEqual(
    await readStaffKeyBackup(file, () => 'backup passphrase'),
    identity,
    'the first backup is untouched',
  );

  const notBackup = join(tempDir(), 'notes.txt');
  writeFileSync(notBackup, 'hello');
  let asked = false;
  await assert.rejects(
    readStaffKeyBackup(notBackup, () => ((asked = true), 'x')),
    failsWith('bad_request', /not a passphrase-protected age file/),
  );
  assert.equal(asked, false, 'no one is asked to type for a file that is not a backup');
  await assert.rejects(
    readStaffKeyBackup(join(tempDir(), 'missing.age'), () => 'x'),
    failsWith('not_found', /does not exist/),
  );
});

test('losing the staff PC loses no batch: keys restored from the backup import batches encrypted to the old ones', async () => {
  const { kiosk, identity, usb } = await pairedKioskAndStaff();
  const backup = join(tempDir(), 'backup.age');
  await writeStaffKeyBackup(backup, identity, 'backup passphrase', testSealing);
  submitMany(kiosk, [5, 4, 4, 2, 1]);
  await kiosk.exportTo(usb);

  const { staff: replacement } = openTempStaff();
  try {
    await storeStaffIdentity(
      replacement.db,
      await readStaffKeyBackup(backup, () => 'backup passphrase'),
      'new office passphrase',
      testSealing,
    );
    const restored = await unlockStaffIdentity(replacement.db, () => 'new office passphrase');
    const summary = await importBatchFiles(replacement.db, restored, [usb]);
    assert.deepEqual(summary.rejected, []);
    assert.deepEqual(
      summary.held.map((batch) => batch.responses),
      [5],
      'a new staff store holds the batch until the kiosk is approved again',
    );
  } finally {
    replacement.close();
  }
});
