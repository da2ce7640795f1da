import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { chmodSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { makeDatabasePrivate } from '../../../../electron/core/fs/private-files.ts';
import { openKiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../electron/core/log.ts';
import { openStaff } from '../../../../electron/core/staff/open-staff.ts';
import { submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const onPosix =
  process.platform === 'win32' ? 'Windows keeps other accounts out by the profile’s ACL' : false;
const modeOf = (path: string) => statSync(path).mode & 0o777;

// The most permissive umask: whatever the data folder gets, it gets by chmod, not by luck.
let umaskBefore: number;
before(() => {
  umaskBefore = process.umask(0o000);
});
after(() => process.umask(umaskBefore));

test(
  'a new data folder is 0700 and every database file in it 0600, whatever the umask',
  { skip: onPosix },
  () => {
    const parent = join(tempDir(), 'made');
    const kioskDir = join(parent, 'kiosk');
    const kiosk = openKiosk({ dataDir: kioskDir, log: silentLog, usbRoots: [] });
    try {
      submitMany(kiosk, [5]);
      const database = join(kioskDir, 'kiosk.sqlite3');
      assert.deepEqual([parent, kioskDir, database].map(modeOf), [0o700, 0o700, 0o600]);
    } finally {
      kiosk.close();
    }
    const staffDir = join(tempDir(), 'staff');
    const staff = openStaff({ dataDir: staffDir, usbRoots: [] });
    try {
      const database = join(staffDir, 'staff.sqlite3');
      assert.ok(existsSync(`${database}-wal`) && existsSync(`${database}-shm`), 'WAL in use');
      assert.deepEqual(
        [staffDir, database, `${database}-wal`, `${database}-shm`].map(modeOf),
        [0o700, 0o600, 0o600, 0o600],
      );
    } finally {
      staff.close();
    }
  },
);

test('a rollback journal SQLite makes beside a private database is private too', { skip: onPosix }, () => {
  const file = join(tempDir(), 'journal.sqlite3');
  makeDatabasePrivate(file);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE t (x INTEGER)');
    db.exec('BEGIN');
    db.exec('INSERT INTO t VALUES (1)');
    assert.ok(existsSync(`${file}-journal`), 'a transaction is open');
    assert.equal(modeOf(`${file}-journal`), 0o600);
    db.exec('COMMIT');
  } finally {
    db.close();
  }
});

test('an install made with 0755 and 0644 is tightened when it next opens', { skip: onPosix }, () => {
  const dataDir = join(tempDir(), 'kiosk');
  const kiosk = openKiosk({ dataDir, log: silentLog, usbRoots: [] });
  submitMany(kiosk, [4]);
  kiosk.close();
  const database = join(dataDir, 'kiosk.sqlite3');
  // An earlier damaged database set aside beside it holds answers too.
  const setAside = `${database}.damaged-1`;
  writeFileSync(setAside, 'answers someone may still rescue');
  for (const file of [database, setAside]) chmodSync(file, 0o644);
  chmodSync(dataDir, 0o755);

  openKiosk({ dataDir, log: silentLog, usbRoots: [] }).close();
  assert.equal(modeOf(dataDir), 0o700);
  assert.deepEqual([database, setAside].map(modeOf), [0o600, 0o600]);
});

test(
  'a folder that holds other things keeps its mode, and the database in it is still 0600',
  { skip: onPosix },
  () => {
    const shared = tempDir();
    chmodSync(shared, 0o755);
    mkdirSync(join(shared, 'photos'), { mode: 0o755 });
    writeFileSync(join(shared, 'notes.txt'), 'mine', { mode: 0o644 });
    openKiosk({ dataDir: shared, log: silentLog, usbRoots: [] }).close();
    assert.deepEqual(
      [shared, join(shared, 'photos'), join(shared, 'notes.txt'), join(shared, 'kiosk.sqlite3')].map(modeOf),
      [0o755, 0o755, 0o644, 0o600],
    );
  },
);
