import assert from 'node:assert/strict';
import { existsSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../../../../electron/core/db/open-database.ts';
import { AppError } from '../../../../electron/core/errors.ts';
import { receiptFileName } from '../../../../electron/core/receipt/format.ts';
import { approveKioskLeavingReceipt } from '../../../../electron/core/staff/approve-kiosk.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { generateStaffIdentity } from '../../../../electron/core/staff/keys/staff-identity.ts';
import { listKiosks } from '../../../../electron/core/staff/kiosks.ts';
import { staffMigrations } from '../../../../electron/core/staff/migrations/index.ts';
import { openStaff, staffDatabaseFile } from '../../../../electron/core/staff/open-staff.ts';
import { fixedClock, pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { assertRefused as refused } from '../../../helpers/refused-call.ts';
import { mountSmallDisk } from '../../../helpers/small-disk.ts';
import { staffCore } from '../../../helpers/staff-core.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const disk = mountSmallDisk(1024);
const needsRoot = disk ? false : 'mounting a small tmpfs needs root (CI runs as root)';

/** A kiosk staff have not approved, whose answers went onto `usb` and were imported from there: held. */
async function heldKiosk(values = [5, 5, 4, 3]) {
  const setup = await pairedKioskAndStaff(fixedClock, { approved: false });
  submitMany(setup.kiosk, values);
  await setup.kiosk.exportTo(setup.usb);
  const imported = await importBatchFiles(setup.staff.db, setup.identity, [setup.usb]);
  assert.equal(imported.held.length, 1);
  assert.deepEqual(imported.receipts.written, [], 'no receipt while the kiosk is held');
  return { ...setup, kioskId: setup.kiosk.identity.kioskId };
}

const answersOnKiosk = (kiosk: { db: import('better-sqlite3').Database }) =>
  kiosk.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM responses').get()!.n;

test('approving a kiosk leaves its receipt where its held batches came from, and its next export there deletes them', async () => {
  const { kiosk, staff, identity, usb, kioskId } = await heldKiosk();
  const approval = await approveKioskLeavingReceipt(staff.db, kioskId, async () => identity);
  assert.deepEqual(approval, {
    kioskId,
    alreadyApproved: false,
    releasedBatches: 1,
    releasedAnswers: 4,
    lanPaired: false,
    receipts: {
      written: [{ file: join(usb, receiptFileName(kioskId)), kioskId, batches: 1 }],
      notWritten: [],
    },
  });
  assert.equal(listKiosks(staff.db)[0]!.approved, true);
  assert.deepEqual(staff.db.prepare('SELECT * FROM held_batch_folders').all(), [], 'the folder is forgotten');

  const { receipt } = await kiosk.exportTo(usb);
  assert.equal(receipt?.status, 'applied');
  assert.equal(receipt.status === 'applied' && [receipt.confirmed, receipt.answersForgotten].join(), '1,4');
  assert.equal(answersOnKiosk(kiosk), 0);
});

test('batches held from two places get the receipt in both: a folder, and the folder of a file named', async () => {
  const { kiosk, staff, identity, usb, kioskId } = await heldKiosk();
  const other = tempDir('kuulluksi-usb-');
  submitMany(kiosk, [2]);
  const { written } = await kiosk.exportTo(other);
  const file = join(other, basename(written[0]!.file));
  assert.equal((await importBatchFiles(staff.db, identity, [file])).held.length, 1);

  const { receipts } = await approveKioskLeavingReceipt(staff.db, kioskId, async () => identity);
  assert.deepEqual(
    receipts.written.map((receipt) => [dirname(receipt.file), receipt.batches]),
    [usb, other].sort().map((folder) => [folder, 2]),
  );
  assert.deepEqual(receipts.notWritten, []);
});

test('a stick taken out before approval: the approval stands, no folder is made, and the next import writes the receipt', async () => {
  const { kiosk, staff, identity, usb, kioskId } = await heldKiosk();
  rmSync(usb, { recursive: true });
  const approval = await approveKioskLeavingReceipt(staff.db, kioskId, async () => identity);
  assert.equal(approval.releasedBatches, 1);
  assert.deepEqual(approval.receipts, {
    written: [],
    notWritten: [{ folder: usb, reason: 'the folder is not there any more (was the stick taken out?)' }],
  });
  assert.equal(existsSync(usb), false, 'a folder standing for a stick is never made on this disk');
  assert.equal(listKiosks(staff.db)[0]!.approved, true);

  // The kiosk's next stick: a new batch goes onto it, and the import from it leaves the receipt due.
  const stick = tempDir('kuulluksi-usb-');
  submitMany(kiosk, [1, 2]);
  await kiosk.exportTo(stick);
  const imported = await importBatchFiles(staff.db, identity, [stick]);
  assert.deepEqual(imported.receipts.written, [
    { file: join(stick, receiptFileName(kioskId)), kioskId, batches: 2 },
  ]);
  const exported = await kiosk.exportTo(stick);
  assert.equal(exported.receipt?.status === 'applied' && exported.receipt.answersForgotten, 6);
  assert.equal(answersOnKiosk(kiosk), 0);
});

test(
  'on a read-only stick the approval stands and says why no receipt was written',
  { skip: needsRoot },
  async () => {
    const { kiosk, staff, identity } = await pairedKioskAndStaff(fixedClock, { approved: false });
    const { kioskId } = kiosk.identity;
    submitMany(kiosk, [4, 4]);
    await kiosk.exportTo(disk!.dir);
    assert.equal((await importBatchFiles(staff.db, identity, [disk!.dir])).held.length, 1);
    disk!.remount('ro');
    try {
      const approval = await approveKioskLeavingReceipt(staff.db, kioskId, async () => identity);
      assert.deepEqual(approval.receipts, {
        written: [],
        notWritten: [{ folder: disk!.dir, reason: 'the drive is read-only' }],
      });
      assert.equal(listKiosks(staff.db)[0]!.approved, true);
    } finally {
      disk!.remount('rw');
    }
  },
);

test('an unknown code, or a kiosk approved before, opens no keys and writes nothing', async () => {
  const { staff, identity, usb, kioskId } = await heldKiosk();
  const noKeys = async (): Promise<never> => assert.fail('the keys were opened');
  await assert.rejects(
    approveKioskLeavingReceipt(staff.db, 'MZUH-VLPY-MK6X-O3EP', noKeys),
    (error: unknown) => error instanceof AppError && error.code === 'not_found',
  );
  await approveKioskLeavingReceipt(staff.db, kioskId, async () => identity);
  rmSync(join(usb, receiptFileName(kioskId)));
  const again = await approveKioskLeavingReceipt(staff.db, kioskId, noKeys);
  assert.deepEqual(again, {
    kioskId,
    alreadyApproved: true,
    releasedBatches: 0,
    releasedAnswers: 0,
    lanPaired: false,
    receipts: { written: [], notWritten: [] },
  });
  assert.equal(existsSync(join(usb, receiptFileName(kioskId))), false);
});

test('on the staff screen, approval is refused while the keys are locked and changes nothing; open, it writes the receipt', async () => {
  const { staff, usb, kioskId } = await heldKiosk();
  const dataDir = dirname(staff.db.name);
  staff.close();

  const locked = staffCore({ dataDir, passphrase: () => 'not the launcher passphrase' });
  const stored = locked.stored();
  refused(
    await locked.call('staff.approveKiosk', { kioskId }),
    'not_ready',
    /The kiosk was not approved: the staff keys are not open\. Wrong passphrase/,
  );
  assert.equal(locked.stored(), stored);
  locked.close();

  const open = staffCore({ dataDir });
  const approved = await open.call('staff.approveKiosk', { kioskId });
  assert.deepEqual(approved.value.receipts, {
    written: [{ file: join(usb, receiptFileName(kioskId)), kioskId, batches: 1 }],
    notWritten: [],
  });
});

test('batches held before their folders were remembered: the approval says the receipt waits for the next import', async () => {
  const dataDir = tempDir('kuulluksi-staff-');
  const old = openDatabase(join(dataDir, staffDatabaseFile), staffMigrations.slice(0, 9));
  old.exec(`
    INSERT INTO kiosks (kiosk_id, public_key, approved, first_seen_day) VALUES ('MZUH-VLPY-MK6X-O3EP', 'AAAA', 0, '2026-11-01');
    INSERT INTO batches (kiosk_id, seq, hash, prev_hash, response_count) VALUES ('MZUH-VLPY-MK6X-O3EP', 1, 'h', NULL, 3);
  `);
  old.close();
  const staff = openStaff({ dataDir });
  try {
    const identity = await generateStaffIdentity();
    const approval = await approveKioskLeavingReceipt(staff.db, 'MZUH-VLPY-MK6X-O3EP', async () => identity);
    assert.equal(approval.releasedAnswers, 3);
    assert.deepEqual(approval.receipts, { written: [], notWritten: [] });
  } finally {
    staff.close();
  }
});
