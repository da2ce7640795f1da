import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openBatch } from '../../../../electron/core/batch/open-batch.ts';
import { kioskDatabaseFile, openKiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../electron/core/log.ts';
import { desyncIndex, garbleBtree } from '../../../helpers/damage.ts';
import { fixedClock, pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { nodeBinary, projectRoot } from '../../../helpers/project.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const storeEvents = (kiosk: ReturnType<typeof openKiosk>) =>
  kiosk.db.prepare('SELECT kind, day, batch_seq FROM store_events').all();

test('a database that fails its check is set aside byte for byte, and a fresh one takes answers', () => {
  const dataDir = tempDir();
  const file = join(dataDir, kioskDatabaseFile);
  const first = openKiosk({ dataDir, clock: fixedClock, log: silentLog });
  const oldId = first.identity.kioskId;
  submitMany(first, [3, 4]);
  first.close();
  garbleBtree(file, 'answer_slots');
  const damaged = readFileSync(file);

  const kiosk = openKiosk({ dataDir, clock: fixedClock, log: silentLog });
  assert.deepEqual(readFileSync(`${file}.damaged-1`), damaged, 'the damaged file is kept as it was');
  assert.deepEqual(storeEvents(kiosk), [{ kind: 'store-set-aside', day: '2026-11-17', batch_seq: null }]);
  assert.notEqual(kiosk.identity.kioskId, oldId, 'a fresh store starts a fresh chain under a fresh key');
  submitMany(kiosk, [5]);
  assert.deepEqual(kiosk.status(), {
    pendingAnswers: 1,
    oldestPendingDay: '2026-11-17',
    exportOverdue: false,
    storageProblem: null,
    storeSetAsideOn: ['2026-11-17'],
    answersToday: 1,
    kioskId: kiosk.identity.kioskId,
  });
  kiosk.close();
});

test('the pairing is carried over when it can still be read, and the next batch tells staff', async () => {
  const { kiosk, identity, usb } = await pairedKioskAndStaff();
  const dataDir = join(kiosk.db.name, '..');
  submitMany(kiosk, [1, 2, 3]);
  kiosk.close();
  garbleBtree(kiosk.db.name, 'answer_slots');

  const reopened = openKiosk({ dataDir, clock: fixedClock, log: silentLog });
  try {
    assert.ok(existsSync(`${kiosk.db.name}.damaged-1`));
    submitMany(reopened, [4]);
    const { written } = await reopened.exportTo(usb);
    const staffKey = { identity: identity.ageIdentity, recipient: identity.ageRecipient };
    const { body } = await openBatch(readFileSync(written[0]!.file), staffKey);
    assert.deepEqual(body.notices, [{ kind: 'store-set-aside', day: '2026-11-17' }]);
    submitMany(reopened, [5]);
    const next = await reopened.exportTo(usb);
    assert.deepEqual(
      (await openBatch(readFileSync(next.written[0]!.file), staffKey)).body.notices,
      [],
      'told once',
    );
  } finally {
    reopened.close();
  }
});

test('after a crash the full integrity check runs; after a clean shutdown the quick check is enough', () => {
  const crashed = tempDir();
  const clean = tempDir();
  for (const dataDir of [crashed, clean]) {
    const kiosk = openKiosk({ dataDir, clock: fixedClock, log: silentLog });
    submitMany(kiosk, [2, 3]);
    kiosk.close();
    const file = join(dataDir, kioskDatabaseFile);
    // The kiosk keeps no index over answers (docs/anonymity.md), so the damage goes into one over
    // its questions, made for this test.
    execFileSync('sqlite3', [file, 'CREATE INDEX questions_by_scale ON questions (scale)']);
    desyncIndex(file, 'questions_by_scale', 'CREATE INDEX questions_by_scale ON questions (version)');
  }
  // A process that dies in the middle of a commit leaves its rollback journal behind.
  const child = spawnSync(
    nodeBinary,
    [
      '--input-type=module',
      '-e',
      `import { openKiosk } from ${JSON.stringify(join(projectRoot, 'electron/core/kiosk/open-kiosk.ts'))};
       const kiosk = openKiosk({ dataDir: ${JSON.stringify(crashed)} });
       kiosk.db.exec('BEGIN IMMEDIATE');
       kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value: 5 });
       process.kill(process.pid, 'SIGKILL');`,
    ],
    { encoding: 'utf8' },
  );
  assert.equal(child.signal, 'SIGKILL', child.stderr);
  assert.ok(existsSync(join(crashed, `${kioskDatabaseFile}-journal`)));

  openKiosk({ dataDir: clean, log: silentLog }).close();
  assert.equal(
    existsSync(join(clean, `${kioskDatabaseFile}.damaged-1`)),
    false,
    'quick_check passes the clean one',
  );
  openKiosk({ dataDir: crashed, log: silentLog }).close();
  assert.equal(
    existsSync(join(crashed, `${kioskDatabaseFile}.damaged-1`)),
    true,
    'integrity_check catches it after the crash',
  );
});
