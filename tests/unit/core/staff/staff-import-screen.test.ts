import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { staffKeyFileSchema } from '../../../../electron/core/keys/staff-public-key-format.ts';
import { openKiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../../../electron/core/kiosk/pairing.ts';
import { silentLog } from '../../../../electron/core/log.ts';
import { receiptFileName } from '../../../../electron/core/receipt/format.ts';
import { pairingCode } from '../../../../shared/pairing-code.ts';
import { fixedClock, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { assertRefused as refused } from '../../../helpers/refused-call.ts';
import { staffCore } from '../../../helpers/staff-core.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

/**
 * Import and kiosk approval through the contract, as the staff screen calls them, with real
 * batch files a real kiosk wrote onto a stick folder.
 */
/** A staff core with keys made on its first-run screen, and a kiosk paired with the public key file it wrote. */
async function staffWithKiosk() {
  const staff = staffCore();
  const keysStick = staff.plugIn('BACKUP');
  const publicKeyFile = join(keysStick, 'staff-key.json');
  const created = await staff.call('staff.createKeys', {
    backupFile: join(keysStick, 'backup.age'),
    backupPassphrase: 'kept apart from it',
    publicKeyFile,
  });
  assert.equal(created.ok, true, created.error?.message);
  const kiosk = openKiosk({
    dataDir: tempDir('kuulluksi-kiosk-'),
    clock: fixedClock,
    log: silentLog,
    usbRoots: [],
  });
  after(() => kiosk.close());
  pairWithStaff(kiosk.db, staffKeyFileSchema.parse(JSON.parse(readFileSync(publicKeyFile, 'utf8'))));
  return { staff, kiosk };
}

test('a stick with a Kuulluksi folder is offered for import; any stick gets free names for the key files', async () => {
  const staff = staffCore();
  const prepared = staff.plugIn('STAFF', { prepared: true });
  const plain = staff.plugIn('BACKUP');
  writeFileSync(join(plain, 'kuulluksi-staff-key-backup.age'), 'an older backup');
  const { sticks } = (await staff.call('staff.sticks')).value;
  assert.deepEqual(sticks, [
    {
      path: plain,
      label: 'BACKUP',
      importFolder: null,
      suggestedBackupFile: join(plain, 'kuulluksi-staff-key-backup-2.age'),
      suggestedPublicKeyFile: join(plain, 'kuulluksi-staff-key.json'),
    },
    {
      path: prepared,
      label: 'STAFF',
      importFolder: join(prepared, 'Kuulluksi'),
      suggestedBackupFile: join(prepared, 'kuulluksi-staff-key-backup.age'),
      suggestedPublicKeyFile: join(prepared, 'kuulluksi-staff-key.json'),
    },
  ]);
});

test('from a stick: an unknown kiosk is held until approved, a damaged file is rejected with its reason, a missing batch is named', async () => {
  const { staff, kiosk } = await staffWithKiosk();
  const folder = join(staff.plugIn('STAFF', { prepared: true }), 'Kuulluksi');
  const { kioskId } = kiosk.identity;
  for (const values of [[5, 5], [4, 4, 4, 4, 4, 3], [1]]) {
    submitMany(kiosk, values);
    await kiosk.exportTo(folder);
  }
  const [first, second] = readdirSync(folder).sort();
  const damaged = join(folder, 'kuulluksi-damaged.age');
  const bytes = readFileSync(join(folder, second!));
  bytes[bytes.length - 20]! ^= 0xff;
  writeFileSync(damaged, bytes);
  writeFileSync(join(folder, first!), ''); // batch 1 did not arrive whole: its number is a gap

  const summary = (await staff.call('staff.import', { paths: [folder] })).value;
  assert.deepEqual(summary.imported, []);
  assert.deepEqual(
    summary.held.map((batch: any) => [batch.kioskId, batch.seq, batch.responses]),
    [
      [kioskId, 2, 6],
      [kioskId, 3, 1],
    ],
  );
  assert.deepEqual(
    summary.rejected.map((file: any) => [file.file, file.problem]).sort(),
    [
      [damaged, 'damaged'],
      [join(folder, first!), 'not-a-batch'],
    ].sort(),
    'a copy damaged after its header is told apart from a file that is not even age',
  );
  assert.ok(
    summary.rejected.every((file: any) => file.reason.length > 10),
    'each rejected file has its reason',
  );
  assert.deepEqual(summary.gaps, [{ kioskId, missing: [{ from: 1, to: 1 }] }]);
  assert.deepEqual(summary.receipts, { written: [], notWritten: [] }, 'no receipt for a kiosk not approved');

  assert.deepEqual((await staff.call('staff.kiosks')).value.kiosks, [
    {
      kioskId,
      pairingCode: pairingCode(kioskId),
      approved: false,
      firstSeenDay: '2026-11-17',
      batches: 2,
      heldBatches: 2,
      heldAnswers: 7,
      lastContact: { route: 'stick', at: '2026-11-17' },
      lan: null,
    },
  ]);
  assert.deepEqual((await staff.call('staff.report')).value.questions, [], 'held answers count nowhere');

  const stored = staff.stored();
  refused(
    await staff.call('staff.approveKiosk', { kioskId: 'lobby' }),
    'bad_request',
    /kioskId: must be a kiosk code like/,
  );
  refused(
    await staff.call('staff.approveKiosk', { kioskId: 'MZUH-VLPY-MK6X-O3EP' }),
    'not_found',
    /No kiosk MZUH-VLPY-MK6X-O3EP has sent batches/,
  );
  assert.equal(staff.stored(), stored, 'a refused approval changes nothing');

  const approved = await staff.call('staff.approveKiosk', { kioskId: ` ${kioskId.toLowerCase()} ` });
  assert.deepEqual(approved.value, {
    kioskId,
    alreadyApproved: false,
    releasedBatches: 2,
    releasedAnswers: 7,
    lanPaired: false,
    // Back onto the stick the held batches came from, at once.
    receipts: {
      written: [{ file: join(folder, receiptFileName(kioskId)), kioskId, batches: 2 }],
      notWritten: [],
    },
  });
  assert.equal((await staff.call('staff.report')).value.questions[0].total, 7);

  const again = (await staff.call('staff.import', { paths: [folder] })).value;
  assert.deepEqual(
    again.duplicates.map((batch: any) => batch.seq),
    [2, 3],
  );
  assert.deepEqual(again.receipts.written, [
    { file: join(folder, receiptFileName(kioskId)), kioskId, batches: 2 },
  ]);
  assert.ok(existsSync(join(folder, receiptFileName(kioskId))));
});

test('import is refused while the keys are missing or do not open, and reads and stores nothing', async () => {
  const { staff, kiosk } = await staffWithKiosk();
  const folder = join(staff.plugIn('STAFF', { prepared: true }), 'Kuulluksi');
  submitMany(kiosk, [5]);
  await kiosk.exportTo(folder);
  staff.close();

  const locked = staffCore({ dataDir: staff.dataDir, passphrase: () => 'not the launcher passphrase' });
  const stored = locked.stored();
  refused(
    await locked.call('staff.import', { paths: [folder] }),
    'not_ready',
    /Nothing was imported: the staff keys are not open\. Wrong passphrase/,
  );
  assert.equal(locked.stored(), stored);
  assert.equal(
    readdirSync(folder).some((name) => name.startsWith('kuulluksi-receipt-')),
    false,
    'no receipt written',
  );

  const empty = staffCore();
  refused(
    await empty.call('staff.import', { paths: [folder] }),
    'not_ready',
    /no staff keys yet: create them, or restore them from their backup/,
  );
});

test('a bad list of paths names what is wrong and imports nothing', async () => {
  const { staff, kiosk } = await staffWithKiosk();
  const folder = join(staff.plugIn('STAFF', { prepared: true }), 'Kuulluksi');
  submitMany(kiosk, [5]);
  await kiosk.exportTo(folder);
  const stored = staff.stored();

  refused(
    await staff.call('staff.import', { paths: [] }),
    'bad_request',
    /paths: name at least one folder or batch file to import/,
  );
  refused(await staff.call('staff.import', {}), 'bad_request', /paths:/);
  refused(
    await staff.call('staff.import', { paths: ['Kuulluksi'] }),
    'bad_request',
    /paths\.0: must be a full path/,
  );
  refused(
    await staff.call('staff.import', { paths: [folder, join(folder, 'no-such-folder')] }),
    'not_found',
    /paths\.1: .*no-such-folder does not exist.*nothing was imported/,
  );
  assert.equal(staff.stored(), stored);
  assert.deepEqual((await staff.call('staff.kiosks')).value.kiosks, []);
});

test('a link on the stick to a file elsewhere is refused by name and not read; the rest of the stick imports', async () => {
  const { staff, kiosk } = await staffWithKiosk();
  const folder = join(staff.plugIn('STAFF', { prepared: true }), 'Kuulluksi');
  const { kioskId } = kiosk.identity;
  for (const values of [[5, 4], [3]]) {
    submitMany(kiosk, values);
    await kiosk.exportTo(folder);
  }
  // Batch 2 is a real batch of this kiosk, but it lies outside the stick, reached by a link.
  const [, second] = readdirSync(folder).sort();
  const elsewhere = join(tempDir('kuulluksi-elsewhere-'), second!);
  renameSync(join(folder, second!), elsewhere);
  symlinkSync(elsewhere, join(folder, second!));
  const secret = join(tempDir('kuulluksi-elsewhere-'), 'private.txt');
  writeFileSync(secret, 'a file of this PC that is no business of the stick');
  symlinkSync(secret, join(folder, 'kuulluksi-private.age'));

  const summary = (await staff.call('staff.import', { paths: [folder] })).value;
  assert.deepEqual(
    summary.held.map((batch: any) => [batch.kioskId, batch.seq]),
    [[kioskId, 1]],
  );
  const linkReason = (target: string) =>
    `it is a link to ${target}, not a file in its folder; links are not followed, so copy the batch file itself there`;
  assert.deepEqual(summary.rejected, [
    { file: join(folder, second!), problem: 'link', reason: linkReason(elsewhere) },
    { file: join(folder, 'kuulluksi-private.age'), problem: 'link', reason: linkReason(secret) },
  ]);
  const storedBatches = () =>
    (JSON.parse(staff.stored()) as [string, unknown[]][]).find(([table]) => table === 'batches')![1].length;
  assert.equal(storedBatches(), 1, 'nothing of what the links point to was stored');

  const named = (await staff.call('staff.import', { paths: [elsewhere] })).value;
  assert.deepEqual(
    named.held.map((batch: any) => batch.seq),
    [2],
    'the same batch, named where it really is, imports',
  );
  assert.equal(storedBatches(), 2);
});
