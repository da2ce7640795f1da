import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { exportBatches } from '../../../../electron/core/kiosk/export-batches.ts';
import { openKiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../../../electron/core/kiosk/pairing.ts';
import { staffPublicKey } from '../../../../electron/core/staff/keys/staff-identity.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { buildReport } from '../../../../electron/core/staff/report.ts';
import { pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const countRows = (db: import('better-sqlite3').Database, table: string) =>
  (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

test('the same batch imported twice counts once', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [5, 5, 5, 5, 5, 4]);
  const { written } = await kiosk.exportTo(usb);
  const first = await importBatchFiles(staff.db, identity, [usb]);
  const second = await importBatchFiles(staff.db, identity, [written[0]!.file]);
  assert.equal(first.imported.length, 1);
  assert.deepEqual(second.imported, []);
  assert.equal(second.duplicates.length, 1);
  assert.equal(buildReport(staff.db).questions[0]!.total, 6);
});

test('a copy with any single byte flipped is rejected with a reason and stores nothing', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [1, 2, 3]);
  const { written } = await kiosk.exportTo(usb);
  const original = readFileSync(written[0]!.file);
  const tampered = join(tempDir(), 'tampered.age');
  const tables = ['kiosks', 'batches', 'questions', 'responses'];
  const before = tables.map((table) => countRows(staff.db, table));
  const accepted: number[] = [];
  for (let at = 0; at < original.length; at++) {
    const copy = Buffer.from(original);
    copy[at] = copy[at]! ^ 0x01;
    writeFileSync(tampered, copy);
    const summary = await importBatchFiles(staff.db, identity, [tampered]);
    if (summary.rejected.length !== 1 || !summary.rejected[0]!.reason) accepted.push(at);
  }
  assert.deepEqual(accepted, [], `flips accepted at byte offsets ${accepted.join(', ')}`);
  assert.deepEqual(
    tables.map((table) => countRows(staff.db, table)),
    before,
  );
  assert.deepEqual(before, [1, 0, 0, 0], 'only the approved kiosk was there, and stays alone');
});

test('another batch claiming the same kiosk and number is rejected and stores nothing', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [4]);
  await kiosk.exportTo(usb);
  await importBatchFiles(staff.db, identity, [usb]);

  // The same kiosk key on a second, fresh database (a restored backup) makes a different batch 1.
  const clone = openKiosk({ dataDir: tempDir() });
  after(() => clone.close());
  pairWithStaff(clone.db, staffPublicKey(identity));
  submitMany(clone, [1]);
  const otherUsb = tempDir();
  await exportBatches(clone.db, kiosk.identity, otherUsb, '2026-11-17');
  const summary = await importBatchFiles(staff.db, identity, [otherUsb]);
  assert.equal(summary.rejected.length, 1);
  assert.match(summary.rejected[0]!.reason, /already sent a different batch 1/);
  assert.equal(countRows(staff.db, 'responses'), 1);
});

test('a missing batch is reported as a gap in the kiosk’s sequence', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  const files: string[] = [];
  for (const value of [1, 2, 3]) {
    submitMany(kiosk, [value]);
    files.push(...(await kiosk.exportTo(usb)).written.map((w) => w.file));
  }
  const summary = await importBatchFiles(staff.db, identity, [files[0]!, files[2]!]);
  assert.equal(summary.imported.length, 2);
  assert.deepEqual(summary.gaps, [{ kioskId: kiosk.identity.kioskId, missing: [{ from: 2, to: 2 }] }]);
  const filled = await importBatchFiles(staff.db, identity, [files[1]!]);
  assert.deepEqual(filled.gaps, []);
});

test('a file that cannot be read is rejected with its reason, and the others still import', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [2]);
  const { written } = await kiosk.exportTo(usb);
  const copy = join(tempDir(), 'copy.age');
  copyFileSync(written[0]!.file, copy);
  const summary = await importBatchFiles(staff.db, identity, [join(usb, 'nope.age'), copy]);
  assert.equal(summary.imported.length, 1);
  assert.equal(summary.rejected.length, 1);
  assert.deepEqual(summary.rejected[0], {
    file: join(usb, 'nope.age'),
    problem: 'unreadable',
    reason: 'it cannot be read: it does not exist',
  });
});
