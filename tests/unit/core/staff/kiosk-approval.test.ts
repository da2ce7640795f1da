import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { decryptWith, encryptTo } from '../../../../electron/core/batch/age.ts';
import { signBatch } from '../../../../electron/core/batch/signature.ts';
import { openDatabase } from '../../../../electron/core/db/open-database.ts';
import { AppError } from '../../../../electron/core/errors.ts';
import { generateSigningKeyPair } from '../../../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../../../electron/core/keys/fingerprint.ts';
import { receiptFileName } from '../../../../electron/core/receipt/format.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { approveKiosk, listKiosks } from '../../../../electron/core/staff/kiosks.ts';
import { staffMigrations } from '../../../../electron/core/staff/migrations/index.ts';
import { openStaff, staffDatabaseFile } from '../../../../electron/core/staff/open-staff.ts';
import { buildReport } from '../../../../electron/core/staff/report.ts';
import { describeGap } from '../../../../electron/core/staff/sequence-gaps.ts';
import { pairingCode } from '../../../../shared/pairing-code.ts';
import { fixedClock, pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

test('batches from a kiosk staff have not approved are held: stored, but in no report and no receipt', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff(fixedClock, { approved: false });
  const { kioskId } = kiosk.identity;
  submitMany(kiosk, [5, 5, 5, 5, 5, 4]);
  await kiosk.exportTo(usb);

  const summary = await importBatchFiles(staff.db, identity, [usb], { clock: fixedClock });
  assert.deepEqual(summary.imported, []);
  assert.deepEqual(
    summary.held.map((batch) => [batch.kioskId, batch.seq, batch.responses]),
    [[kioskId, 1, 6]],
  );
  assert.deepEqual(summary.receipts.written, []);
  assert.equal(
    existsSync(join(usb, receiptFileName(kioskId))),
    false,
    'the kiosk keeps the answers until it is approved',
  );
  assert.deepEqual(buildReport(staff.db).questions, []);
  assert.deepEqual(listKiosks(staff.db), [
    {
      kioskId,
      pairingCode: pairingCode(kioskId),
      approved: false,
      firstSeenDay: '2026-11-17',
      batches: 1,
      heldBatches: 1,
      heldAnswers: 6,
      lastContact: { route: 'stick', at: '2026-11-17' },
      lan: null,
    },
  ]);

  assert.deepEqual(approveKiosk(staff.db, kioskId), {
    kioskId,
    alreadyApproved: false,
    releasedBatches: 1,
    releasedAnswers: 6,
    lanPaired: false,
  });
  assert.equal(buildReport(staff.db).questions[0]!.total, 6, 'the held answers count from now on');
  assert.deepEqual(listKiosks(staff.db)[0], {
    kioskId,
    approved: true,
    firstSeenDay: '2026-11-17',
    batches: 1,
    heldBatches: 0,
    heldAnswers: 0,
    pairingCode: pairingCode(kioskId),
    lastContact: { route: 'stick', at: '2026-11-17' },
    lan: null,
  });

  const again = await importBatchFiles(staff.db, identity, [usb]);
  assert.equal(again.duplicates.length, 1, 'held batches are stored: importing them again is a duplicate');
  assert.deepEqual(
    again.receipts.written.map((receipt) => receipt.kioskId),
    [kioskId],
  );
  assert.deepEqual(approveKiosk(staff.db, kioskId).alreadyApproved, true);
});

test('only approved kiosks count, and a later batch of an approved kiosk is imported, not held', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff(fixedClock, { approved: false });
  submitMany(kiosk, [1]);
  await kiosk.exportTo(usb);
  await importBatchFiles(staff.db, identity, [usb]);
  approveKiosk(staff.db, kiosk.identity.kioskId);
  submitMany(kiosk, [2, 3]);
  await kiosk.exportTo(usb);
  const summary = await importBatchFiles(staff.db, identity, [usb]);
  assert.deepEqual(
    summary.imported.map((batch) => batch.seq),
    [2],
  );
  assert.deepEqual(summary.held, []);
});

test('a kiosk nobody approved cannot claim a question’s wording and so get the real kiosks’ batches refused', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [4]);
  const { written } = await kiosk.exportTo(usb);
  const { body } = JSON.parse(
    Buffer.from(await decryptWith(identity.ageIdentity, readFileSync(written[0]!.file))).toString('utf8'),
  );
  const stranger = generateSigningKeyPair();
  const question = { ...body.questions[0], texts: { fi: 'Kenelle annoit rahaa tänään?' } };
  const claim = signBatch(
    {
      ...body,
      kioskId: fingerprint(stranger.publicKey),
      kioskKey: stranger.publicKey,
      questions: [question],
      responses: body.responses.map((response: object) => ({ ...response, id: randomUUID() })),
    },
    stranger,
  );
  const claimFile = join(tempDir(), 'claim.age');
  writeFileSync(claimFile, await encryptTo([identity.ageRecipient], Buffer.from(JSON.stringify(claim))));
  assert.equal((await importBatchFiles(staff.db, identity, [claimFile])).held.length, 1);

  const real = await importBatchFiles(staff.db, identity, [usb]);
  assert.deepEqual(real.rejected, []);
  assert.equal(real.imported.length, 1);
  assert.equal(buildReport(staff.db).questions[0]!.texts.fi, body.questions[0].texts.fi);
});

test('approving a fingerprint no batch came from is refused with what to check', () => {
  const staff = openStaff({ dataDir: tempDir() });
  try {
    assert.throws(
      () => approveKiosk(staff.db, 'MZUH-VLPY-MK6X-O3EP'),
      (error: unknown) =>
        error instanceof AppError &&
        error.code === 'not_found' &&
        /No kiosk MZUH-VLPY-MK6X-O3EP has sent batches.*kuulluksi staff kiosks/.test(error.message),
    );
    assert.deepEqual(listKiosks(staff.db), []);
  } finally {
    staff.close();
  }
});

test('kiosks known before approval existed stay approved: they were accepted on first sight then', () => {
  const dataDir = tempDir();
  const old = openDatabase(join(dataDir, staffDatabaseFile), staffMigrations.slice(0, 6));
  old.exec(`
    INSERT INTO kiosks (kiosk_id, public_key) VALUES ('MZUH-VLPY-MK6X-O3EP', 'AAAA');
    INSERT INTO batches (kiosk_id, seq, hash, prev_hash, response_count) VALUES ('MZUH-VLPY-MK6X-O3EP', 1, 'h', NULL, 3);
  `);
  old.close();
  const staff = openStaff({ dataDir });
  try {
    assert.deepEqual(listKiosks(staff.db), [
      {
        kioskId: 'MZUH-VLPY-MK6X-O3EP',
        approved: true,
        firstSeenDay: null,
        batches: 1,
        heldBatches: 0,
        heldAnswers: 0,
        pairingCode: pairingCode('MZUH-VLPY-MK6X-O3EP'),
        lastContact: null,
        lan: null,
      },
    ]);
  } finally {
    staff.close();
  }
});

test('a gap is told in one line naming the kiosk and the missing numbers', () => {
  const kioskId = 'MZUH-VLPY-MK6X-O3EP';
  assert.equal(
    describeGap({ kioskId, missing: [{ from: 17, to: 17 }] }),
    'kiosk MZUH-VLPY-MK6X-O3EP: batch 17 missing',
  );
  assert.equal(
    describeGap({
      kioskId,
      missing: [
        { from: 3, to: 3 },
        { from: 5, to: 7 },
      ],
    }),
    'kiosk MZUH-VLPY-MK6X-O3EP: batches 3, 5–7 missing',
  );
});
