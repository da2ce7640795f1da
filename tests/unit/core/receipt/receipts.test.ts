import assert from 'node:assert/strict';
import type { Database } from 'better-sqlite3';
import canonicalize from 'canonicalize';
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { generateSigningKeyPair, type SigningKeyPair } from '../../../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../../../electron/core/keys/fingerprint.ts';
import { openKiosk, type Kiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../../../electron/core/kiosk/pairing.ts';
import { sealPendingResponses } from '../../../../electron/core/kiosk/seal-pending.ts';
import {
  receiptFileName,
  receiptLimits,
  type ReceiptBody,
} from '../../../../electron/core/receipt/format.ts';
import { openReceipt } from '../../../../electron/core/receipt/open-receipt.ts';
import { signReceipt } from '../../../../electron/core/receipt/signature.ts';
import { staffPublicKey } from '../../../../electron/core/staff/keys/staff-identity.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { approveKiosk } from '../../../../electron/core/staff/kiosks.ts';
import { writeReceipts } from '../../../../electron/core/staff/write-receipts.ts';
import { fixedClock, pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { mountSmallDisk } from '../../../helpers/small-disk.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const disk = mountSmallDisk(1024);
const needsRoot = disk ? false : 'mounting a small tmpfs needs root (CI runs as root)';

const count = (db: Database, sql: string, ...params: unknown[]) =>
  (db.prepare(sql).get(...params) as { n: number }).n;
const answersIn = (db: Database, seq: number) =>
  count(db, 'SELECT count(*) AS n FROM responses WHERE batch_seq = ?', seq);
const allAnswers = (db: Database) => count(db, 'SELECT count(*) AS n FROM responses');
const kioskBatch = (db: Database, seq: number) =>
  db
    .prepare<[number], { hash: string; bytes: number }>(
      'SELECT hash, length(ciphertext) AS bytes FROM batches WHERE seq = ?',
    )
    .get(seq);

/** A receipt for `kiosk` listing `batches`, signed by `keys`, placed where the kiosk looks for it. */
function placeReceipt(
  folder: string,
  kiosk: Kiosk,
  keys: SigningKeyPair,
  batches: ReceiptBody['batches'],
  kioskId = kiosk.identity.kioskId,
) {
  const body: ReceiptBody = {
    format: 'kuulluksi-receipt',
    version: 1,
    kioskId,
    staffKey: keys.publicKey,
    batches,
  };
  writeFileSync(
    join(folder, receiptFileName(kiosk.identity.kioskId)),
    JSON.stringify(signReceipt(body, keys)),
  );
}

/** The kiosk's own record of a batch, as an honest receipt would list it. */
const listed = (kiosk: Kiosk, seq: number) => ({ seq, hash: kioskBatch(kiosk.db, seq)!.hash });

test('round trip: staff import leaves a receipt, the next export forgets the confirmed answers, and the chain goes on', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [1, 2, 3]);
  await kiosk.exportTo(usb);
  submitMany(kiosk, [4, 5]);

  const imported = await importBatchFiles(staff.db, identity, [usb]);
  const receiptFile = join(usb, receiptFileName(kiosk.identity.kioskId));
  assert.deepEqual(imported.receipts, {
    written: [{ file: receiptFile, kioskId: kiosk.identity.kioskId, batches: 1 }],
    notWritten: [],
  });

  const hashBefore = kioskBatch(kiosk.db, 1)!.hash;
  const second = await kiosk.exportTo(usb);
  assert.deepEqual(second.receipt, {
    status: 'applied',
    file: receiptFile,
    confirmed: 1,
    answersForgotten: 3,
    mismatched: 0,
    notWritten: 0,
  });
  assert.equal(answersIn(kiosk.db, 1), 0, 'the confirmed batch’s answers are gone');
  assert.deepEqual(
    kioskBatch(kiosk.db, 1),
    { hash: hashBefore, bytes: 0 },
    'its row stays with its hash; its ciphertext is gone',
  );
  assert.deepEqual(
    second.written.map((batch) => batch.seq),
    [2],
  );
  assert.equal(answersIn(kiosk.db, 2), 2, 'the answers that were waiting are untouched, now in batch 2');
  assert.ok(existsSync(receiptFile), 'the receipt is left in place');

  submitMany(kiosk, [3]);
  await kiosk.exportTo(usb);
  const later = await importBatchFiles(staff.db, identity, [usb]);
  assert.deepEqual(later.rejected, []);
  assert.deepEqual(
    later.imported.map((batch) => batch.seq),
    [2, 3],
    'the later batches chain onto the forgotten one',
  );
  assert.deepEqual(later.gaps, []);

  const third = await kiosk.exportTo(usb);
  assert.deepEqual(third.receipt, {
    status: 'applied',
    file: receiptFile,
    confirmed: 3,
    answersForgotten: 3,
    mismatched: 0,
    notWritten: 0,
  });
  assert.equal(allAnswers(kiosk.db), 0);
  assert.equal(count(kiosk.db, 'SELECT count(*) AS n FROM batches'), 3);
});

test('batch files named one by one (a shell glob) get their receipt in the folder they are in', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [2]);
  const { written } = await kiosk.exportTo(usb);
  const summary = await importBatchFiles(staff.db, identity, [written[0]!.file]);
  assert.deepEqual(
    summary.receipts.written.map((receipt) => receipt.file),
    [join(usb, receiptFileName(kiosk.identity.kioskId))],
  );
});

test('on a stick shared by two kiosks, each forgets only what its own receipt confirms', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  const other = openKiosk({ dataDir: tempDir(), clock: fixedClock });
  after(() => other.close());
  pairWithStaff(other.db, staffPublicKey(identity));
  submitMany(kiosk, [1, 2]);
  submitMany(other, [3, 4, 5]);
  await kiosk.exportTo(usb);
  await other.exportTo(usb);
  const first = await importBatchFiles(staff.db, identity, [usb]);
  assert.deepEqual(
    first.receipts.written.map((receipt) => receipt.kioskId),
    [kiosk.identity.kioskId],
    'no receipt for a held batch',
  );
  approveKiosk(staff.db, other.identity.kioskId);

  const imported = await importBatchFiles(staff.db, identity, [usb]);
  assert.deepEqual(
    imported.receipts.written.map((receipt) => receipt.kioskId).sort(),
    [kiosk.identity.kioskId, other.identity.kioskId].sort(),
  );
  await kiosk.exportTo(usb);
  assert.equal(allAnswers(kiosk.db), 0);
  assert.equal(allAnswers(other.db), 3, 'the other kiosk keeps its answers until it exports there itself');
  await other.exportTo(usb);
  assert.equal(allAnswers(other.db), 0);
});

test('a receipt signed by a staff key this kiosk is not paired with deletes nothing and says why', async () => {
  const { kiosk, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [1, 2]);
  await kiosk.exportTo(usb);
  const stranger = generateSigningKeyPair();
  placeReceipt(usb, kiosk, stranger, [listed(kiosk, 1)]);
  submitMany(kiosk, [3]);

  const summary = await kiosk.exportTo(usb);
  assert.equal(summary.receipt?.status, 'rejected');
  assert.match(
    summary.receipt.reason,
    new RegExp(`staff key ${fingerprint(stranger.publicKey)}, which this kiosk is not paired with`),
  );
  assert.equal(allAnswers(kiosk.db), 3);
  assert.deepEqual(
    summary.written.map((batch) => batch.seq),
    [2],
    'the export still writes its batches',
  );
});

test('a receipt addressed to another kiosk deletes nothing, even signed by the paired staff key', async () => {
  const { kiosk, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [1, 2]);
  await kiosk.exportTo(usb);
  const otherKioskId = fingerprint(generateSigningKeyPair().publicKey);
  placeReceipt(usb, kiosk, identity.signing, [listed(kiosk, 1)], otherKioskId);

  const summary = await kiosk.exportTo(usb);
  assert.equal(summary.receipt?.status, 'rejected');
  assert.match(summary.receipt.reason, new RegExp(`addressed to kiosk ${otherKioskId}, not to this kiosk`));
  assert.equal(allAnswers(kiosk.db), 2);
});

test('a receipt with one byte changed in a hash or a batch number, or a field added, deletes nothing', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [1, 2]);
  await kiosk.exportTo(usb);
  submitMany(kiosk, [3]);
  await kiosk.exportTo(usb);
  await importBatchFiles(staff.db, identity, [usb]);
  const file = join(usb, receiptFileName(kiosk.identity.kioskId));
  const original = readFileSync(file, 'utf8');
  const hash = listed(kiosk, 2).hash;
  const otherHexDigit = hash[0] === 'a' ? 'b' : 'a';

  const tampered: [string, RegExp][] = [
    [
      original.replace(`"hash":"${hash}"`, `"hash":"${otherHexDigit}${hash.slice(1)}"`),
      /signature does not verify/,
    ],
    [original.replace('"seq":2,', '"seq":3,'), /signature does not verify/],
    [
      original.replace('"seq":2,', '"seq":2,"note":"all fine",'),
      /not a valid Kuulluksi receipt \(body\.batches\.1: Unrecognized key: "note"\)/,
    ],
  ];
  for (const [text, reason] of tampered) {
    assert.notEqual(text, original);
    writeFileSync(file, text);
    const summary = await kiosk.exportTo(usb);
    assert.equal(summary.receipt?.status, 'rejected');
    assert.match(summary.receipt.reason, reason);
  }
  assert.equal(allAnswers(kiosk.db), 3);
});

test('a receipt’s signature verifies with plain Ed25519 over the documented bytes, so any tool can check it', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [4]);
  await kiosk.exportTo(usb);
  await importBatchFiles(staff.db, identity, [usb]);
  const { body, signature } = JSON.parse(
    readFileSync(join(usb, receiptFileName(kiosk.identity.kioskId)), 'utf8'),
  );
  assert.deepEqual(body.batches, [listed(kiosk, 1)]);
  const staffKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: body.staffKey }, format: 'jwk' });
  const signedBytes = Buffer.from(`kuulluksi-receipt-v1\n${canonicalize(body)}`, 'utf8');
  assert.equal(body.staffKey, identity.signing.publicKey);
  assert.equal(verify(null, signedBytes, staffKey, Buffer.from(signature, 'base64url')), true);
});

test('a receipt with any byte of its body flipped is rejected and deletes nothing', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [1, 2]);
  await kiosk.exportTo(usb);
  await importBatchFiles(staff.db, identity, [usb]);
  const file = join(usb, receiptFileName(kiosk.identity.kioskId));
  const original = readFileSync(file);
  const bodyEnd = original.indexOf(',"signature"');
  const accepted: number[] = [];
  for (let at = 0; at < bodyEnd; at++) {
    const copy = Buffer.from(original);
    copy[at] = copy[at]! ^ 0x01;
    writeFileSync(file, copy);
    if ((await kiosk.exportTo(usb)).receipt?.status !== 'rejected') accepted.push(at);
  }
  assert.deepEqual(accepted, [], `flips accepted at byte offsets ${accepted.join(', ')}`);
  assert.equal(allAnswers(kiosk.db), 2);
});

test('a listed batch whose hash differs from the kiosk’s is kept; the matching ones are forgotten', async () => {
  const { kiosk, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [1, 2]);
  await kiosk.exportTo(usb);
  submitMany(kiosk, [3]);
  await kiosk.exportTo(usb);
  const notThisBatch = 'f'.repeat(64);
  placeReceipt(usb, kiosk, identity.signing, [
    listed(kiosk, 1),
    { seq: 2, hash: notThisBatch },
    { seq: 7, hash: notThisBatch },
  ]);

  const summary = await kiosk.exportTo(usb);
  assert.deepEqual(summary.receipt, {
    status: 'applied',
    file: join(usb, receiptFileName(kiosk.identity.kioskId)),
    confirmed: 1,
    answersForgotten: 2,
    mismatched: 2,
    notWritten: 0,
  });
  assert.equal(answersIn(kiosk.db, 1), 0);
  assert.equal(answersIn(kiosk.db, 2), 1);
  assert.ok(kioskBatch(kiosk.db, 2)!.bytes > 0, 'the unmatched batch keeps its ciphertext');
});

test('a listed batch the kiosk has not recorded as written out is kept', async () => {
  const { kiosk, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [4, 5]);
  await sealPendingResponses(kiosk.db, kiosk.identity);
  placeReceipt(usb, kiosk, identity.signing, [listed(kiosk, 1)]);

  const summary = await kiosk.exportTo(usb);
  assert.equal(summary.receipt?.status, 'applied');
  assert.deepEqual(
    { confirmed: summary.receipt.confirmed, notWritten: summary.receipt.notWritten },
    { confirmed: 0, notWritten: 1 },
  );
  assert.deepEqual(
    summary.written.map((batch) => batch.seq),
    [1],
  );
  assert.equal(answersIn(kiosk.db, 1), 2);
});

test('a receipt that is not JSON, too large, or unreadable is reported, and the batches are still written', async () => {
  const { kiosk, usb } = await pairedKioskAndStaff();
  const file = join(usb, receiptFileName(kiosk.identity.kioskId));
  const write = (bytes: Buffer) => () => writeFileSync(file, bytes);
  const cases: [() => void, RegExp][] = [
    [write(Buffer.from('thanks, got them all')), /not JSON/],
    [write(Buffer.alloc(receiptLimits.maxFileBytes + 1, 0x20)), /larger than a receipt can be/],
    [
      write(Buffer.from(JSON.stringify({ body: { format: 'kuulluksi-receipt', version: 2 } }))),
      /receipt format 2.*update it/,
    ],
    [
      write(Buffer.from(JSON.stringify({ body: {}, signature: 'x', extra: 1 }))),
      /not a valid Kuulluksi receipt/,
    ],
    [() => (rmSync(file), mkdirSync(file)), /cannot be read: it is a folder, not a file/],
  ];
  let seq = 0;
  for (const [place, reason] of cases) {
    place();
    submitMany(kiosk, [3]);
    const summary = await kiosk.exportTo(usb);
    assert.equal(summary.receipt?.status, 'rejected');
    assert.match(summary.receipt.reason, reason);
    assert.deepEqual(
      summary.written.map((batch) => batch.seq),
      [++seq],
    );
  }
  assert.equal(allAnswers(kiosk.db), cases.length);
});

test('a folder without a receipt for this kiosk changes nothing and says so with null', async () => {
  const { kiosk, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [2]);
  await kiosk.exportTo(usb);
  const again = await kiosk.exportTo(usb);
  assert.equal(again.receipt, null);
  assert.equal(allAnswers(kiosk.db), 1);
});

test('a kiosk with more batches than a receipt holds is sent the newest ones, and that receipt fits the size limit', async () => {
  const { staff, identity } = await pairedKioskAndStaff();
  const kioskKey = generateSigningKeyPair().publicKey;
  const kioskId = fingerprint(kioskKey);
  const total = receiptLimits.maxBatches + 1;
  const firstSeq = Number.MAX_SAFE_INTEGER - total;
  staff.db.transaction(() => {
    staff.db
      .prepare('INSERT INTO kiosks (kiosk_id, public_key, approved) VALUES (?, ?, 1)')
      .run(kioskId, kioskKey);
    const insert = staff.db.prepare(
      'INSERT INTO batches (kiosk_id, seq, hash, prev_hash, response_count) VALUES (?, ?, ?, NULL, 1)',
    );
    for (let i = 0; i < total; i++)
      insert.run(kioskId, firstSeq + i, (i.toString(16) + 'e'.repeat(64)).slice(0, 64));
  })();

  const folder = tempDir();
  const { written } = await writeReceipts(staff.db, identity, [folder]);
  assert.equal(written[0]!.batches, receiptLimits.maxBatches);
  const bytes = readFileSync(written[0]!.file);
  assert.ok(bytes.length <= receiptLimits.maxFileBytes, `${bytes.length} bytes`);
  const body = openReceipt(bytes, { kioskId, staffKeys: [identity.signing.publicKey] });
  assert.equal(body.batches[0]!.seq, firstSeq + 1, 'the oldest batch is the one left out');
  assert.equal(body.batches.at(-1)!.seq, firstSeq + total - 1);
});

test(
  'a read-only stick: the import still succeeds and says why no receipt was written',
  { skip: needsRoot },
  async () => {
    const { kiosk, staff, identity } = await pairedKioskAndStaff();
    const stick = disk!.dir;
    submitMany(kiosk, [1, 2]);
    await kiosk.exportTo(stick);
    disk!.remount('ro');
    try {
      const summary = await importBatchFiles(staff.db, identity, [stick]);
      assert.equal(summary.imported.length, 1);
      assert.deepEqual(summary.receipts, {
        written: [],
        notWritten: [{ folder: stick, reason: 'the drive is read-only' }],
      });
    } finally {
      disk!.remount('rw');
    }
    assert.equal(existsSync(join(stick, receiptFileName(kiosk.identity.kioskId))), false);
  },
);
