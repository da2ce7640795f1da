import assert from 'node:assert/strict';
import type { Database } from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { BatchProblem } from '../../../../shared/batch-problems.ts';
import { decryptWith } from '../../../../electron/core/batch/age.ts';
import type { BatchBody } from '../../../../electron/core/batch/format.ts';
import { signBatch } from '../../../../electron/core/batch/signature.ts';
import { generateSigningKeyPair } from '../../../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../../../electron/core/keys/fingerprint.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { buildReport } from '../../../../electron/core/staff/report.ts';
import { pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const tables = ['kiosks', 'batches', 'questions', 'responses', 'kiosk_notices'];
const rowCounts = (db: Database) =>
  tables.map((table) => (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n);

/** age's payload: a 16-byte nonce, then chunks of 64 KiB of plaintext, each with a 16-byte tag. */
const nonceBytes = 16;
const chunkBytes = 64 * 1024 + 16;

function ageHeaderLength(bytes: Buffer): number {
  const macLine = bytes.indexOf('\n---');
  return bytes.indexOf('\n', macLine + 1) + 1;
}

/** The plaintext of a real batch, decrypted as the staff tool would. */
async function plaintextOf(
  file: string,
  ageIdentity: string,
): Promise<{ body: BatchBody; signature: string }> {
  return JSON.parse(Buffer.from(await decryptWith(ageIdentity, readFileSync(file))).toString('utf8'));
}

/** A paired kiosk and staff, the answers `values` exported as one batch: its file, and its signed body as staff read it. */
async function oneExportedBatch(values: number[]) {
  const setup = await pairedKioskAndStaff();
  submitMany(setup.kiosk, values);
  const { written } = await setup.kiosk.exportTo(setup.usb);
  const file = written[0]!.file;
  return { ...setup, file, body: (await plaintextOf(file, setup.identity.ageIdentity)).body };
}

/** `age -e -r RECIPIENT` of some JSON: a valid age file anyone holding the public staff key can make. */
function ageEncrypt(recipient: string, json: unknown): string {
  const file = join(tempDir(), 'made-by-age.age');
  execFileSync('age', ['-e', '-r', recipient, '-o', file], { input: JSON.stringify(json) });
  return file;
}

test('a batch over 128 KiB cut at every age chunk boundary, and at other offsets, is rejected and stores nothing', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  for (let i = 0; i < 400; i++) {
    const { responseId } = kiosk.responses.submit({
      questionId: 'visit-today',
      questionVersion: 2,
      value: 1 + (i % 5),
    });
    kiosk.responses.addComment(
      responseId,
      `Palaute ${i}: ${'kahvi oli hyvää ja henkilökunta ystävällistä '.repeat(10)}`.slice(0, 450),
    );
  }
  const { written } = await kiosk.exportTo(usb);
  assert.equal(written.length, 1);
  const whole = readFileSync(written[0]!.file);
  const plaintextBytes = Buffer.byteLength(
    JSON.stringify(await plaintextOf(written[0]!.file, identity.ageIdentity)),
  );
  assert.ok(plaintextBytes > 128 * 1024, `${plaintextBytes} bytes of plaintext`);

  const payloadStart = ageHeaderLength(whole) + nonceBytes;
  const boundaries = Array.from(
    { length: Math.ceil(plaintextBytes / (64 * 1024)) },
    (_, k) => payloadStart + k * chunkBytes,
  );
  const cuts = new Set([
    1,
    21,
    ageHeaderLength(whole) - 1,
    ageHeaderLength(whole),
    payloadStart - 1,
    whole.length - 1,
    whole.length - 16,
    whole.length - 17,
  ]);
  for (const boundary of boundaries) for (const delta of [-1, 0, 1]) cuts.add(boundary + delta);
  assert.ok(boundaries.length >= 3, `${boundaries.length} chunks`);
  assert.equal(
    whole.length - payloadStart,
    plaintextBytes + 16 * boundaries.length,
    'the chunk layout is as assumed',
  );

  const before = rowCounts(staff.db);
  const cutFile = join(tempDir(), 'cut.age');
  for (const at of [...cuts].sort((a, b) => a - b)) {
    writeFileSync(cutFile, whole.subarray(0, at));
    const summary = await importBatchFiles(staff.db, identity, [cutFile]);
    assert.equal(summary.rejected.length, 1, `cut at ${at} of ${whole.length} bytes was not rejected`);
    // Cut in its header it is no batch; cut later its stanza still opens with this key, so staff are told it is damaged.
    const expected = at < ageHeaderLength(whole) ? 'not-a-batch' : 'damaged';
    assert.equal(summary.rejected[0]!.problem, expected, `cut at ${at}: ${summary.rejected[0]!.reason}`);
  }
  assert.deepEqual(rowCounts(staff.db), before, 'nothing of any cut file was stored');
  assert.equal(
    (await importBatchFiles(staff.db, identity, [written[0]!.file])).imported.length,
    1,
    'the whole file still imports',
  );
});

test('a valid age file made with only the public staff key is rejected without the kiosk’s signature, or with another key’s', async () => {
  const { kiosk, staff, identity, body } = await oneExportedBatch([4, 4, 5]);
  const before = rowCounts(staff.db);
  const impostor = generateSigningKeyPair();
  const cases: [string, unknown, RegExp, BatchProblem][] = [
    ['no signature', { body }, /not a valid Kuulluksi batch \(signature:/, 'not-a-batch'],
    [
      'signed by another key',
      { body, signature: signBatch(body, impostor).signature },
      /signature does not verify/,
      'altered',
    ],
    [
      'another key claiming this kiosk',
      signBatch({ ...body, kioskKey: impostor.publicKey }, impostor),
      /does not belong to the key it carries/,
      'altered',
    ],
    [
      'an altered answer',
      { ...signBatch(body, kiosk.identity.keys), body: { ...body, seq: 2 } },
      /signature does not verify/,
      'altered',
    ],
  ];
  for (const [what, json, reason, problem] of cases) {
    const summary = await importBatchFiles(staff.db, identity, [ageEncrypt(identity.ageRecipient, json)]);
    assert.equal(summary.rejected.length, 1, what);
    assert.match(summary.rejected[0]!.reason, reason, what);
    assert.equal(summary.rejected[0]!.problem, problem, what);
  }
  assert.deepEqual(rowCounts(staff.db), before);
});

test('a batch signed by a kiosk key staff never saw, consistent in itself, is held rather than dropped or counted', async () => {
  const { staff, identity, body } = await oneExportedBatch([2]);
  const stranger = generateSigningKeyPair();
  const strangerId = fingerprint(stranger.publicKey);
  const strangers = signBatch(
    {
      ...body,
      kioskId: strangerId,
      kioskKey: stranger.publicKey,
      responses: body.responses.map((r) => ({ ...r, id: crypto.randomUUID() })),
    } as BatchBody,
    stranger,
  );
  const summary = await importBatchFiles(staff.db, identity, [ageEncrypt(identity.ageRecipient, strangers)]);
  assert.deepEqual(
    summary.held.map((batch) => batch.kioskId),
    [strangerId],
  );
  assert.deepEqual(
    buildReport(staff.db).questions,
    [],
    'the approved kiosk sent nothing yet, and the stranger does not count',
  );
});

test('our importer reads a plaintext the kiosk code signed and the age tool encrypted', async () => {
  const { kiosk, staff, identity, body } = await oneExportedBatch([5, 5, 5, 5, 5, 1]);
  const summary = await importBatchFiles(staff.db, identity, [
    ageEncrypt(identity.ageRecipient, signBatch(body, kiosk.identity.keys)),
  ]);
  assert.deepEqual(summary.rejected, []);
  assert.deepEqual(
    summary.imported.map((batch) => batch.responses),
    [6],
  );
  assert.equal(buildReport(staff.db).questions[0]!.total, 6);
});

test('a replay of an imported batch, even re-encrypted, is a duplicate and counts once', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [3, 3, 3, 3, 3]);
  const { written } = await kiosk.exportTo(usb);
  await importBatchFiles(staff.db, identity, [usb]);
  const replay = ageEncrypt(identity.ageRecipient, await plaintextOf(written[0]!.file, identity.ageIdentity));
  const summary = await importBatchFiles(staff.db, identity, [written[0]!.file, replay]);
  assert.equal(summary.duplicates.length, 2);
  assert.equal(buildReport(staff.db).questions[0]!.total, 5);
});

test('a batch the kiosk signed again with other answers under an imported number is a conflict, and stores nothing', async () => {
  const { kiosk, staff, identity, file, body } = await oneExportedBatch([1, 5]);
  await importBatchFiles(staff.db, identity, [file]);
  const before = rowCounts(staff.db);
  const replacement = signBatch(
    { ...body, responses: body.responses.slice(1) } as BatchBody,
    kiosk.identity.keys,
  );
  const summary = await importBatchFiles(staff.db, identity, [
    ageEncrypt(identity.ageRecipient, replacement),
  ]);
  assert.deepEqual(
    summary.rejected.map(({ problem, reason }) => [problem, reason]),
    [
      [
        'conflicts',
        `kiosk ${body.kioskId} already sent a different batch ${body.seq}: this one is a replacement or a forgery`,
      ],
    ],
  );
  assert.deepEqual(rowCounts(staff.db), before);
});

test('a batch in a newer format is refused with the advice to update', async () => {
  const { kiosk, staff, identity, body } = await oneExportedBatch([3]);
  const newer = signBatch({ ...body, version: body.version + 1 } as BatchBody, kiosk.identity.keys);
  const summary = await importBatchFiles(staff.db, identity, [ageEncrypt(identity.ageRecipient, newer)]);
  assert.equal(summary.rejected[0]!.problem, 'newer-format');
  assert.match(summary.rejected[0]!.reason, /update it to import/);
});

test('batches imported out of order (3, then 1, then 2) are all accepted, and the gap closes', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  const files: string[] = [];
  for (const value of [1, 2, 3]) {
    submitMany(kiosk, [value]);
    files.push(...(await kiosk.exportTo(usb)).written.map((batch) => batch.file));
  }
  const third = await importBatchFiles(staff.db, identity, [files[2]!]);
  assert.deepEqual(third.gaps, [{ kioskId: kiosk.identity.kioskId, missing: [{ from: 1, to: 2 }] }]);
  const first = await importBatchFiles(staff.db, identity, [files[0]!]);
  assert.deepEqual(first.gaps, [{ kioskId: kiosk.identity.kioskId, missing: [{ from: 2, to: 2 }] }]);
  const second = await importBatchFiles(staff.db, identity, [files[1]!]);
  assert.deepEqual(
    second.imported.map((batch) => batch.seq),
    [2],
    'it chains onto both neighbours',
  );
  assert.deepEqual(second.gaps, []);
});

test('headers refused before any crypto name what is wrong: no MAC line, no staff recipient, too many or too long', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  submitMany(kiosk, [3]);
  const { written } = await kiosk.exportTo(usb);
  const whole = readFileSync(written[0]!.file);
  const header = whole.subarray(0, ageHeaderLength(whole)).toString('latin1');
  const payload = whole.subarray(ageHeaderLength(whole));
  const cases: [string, Buffer, RegExp][] = [
    [
      'no MAC',
      Buffer.concat([Buffer.from(header.replace(/\n--- .*\n$/, '\n---\n'), 'latin1'), payload]),
      /does not end in a valid MAC line/,
    ],
    [
      'scrypt only',
      Buffer.from(header.replace(/-> X25519 /g, '-> scrypt '), 'latin1'),
      /not encrypted to any X25519 staff key/,
    ],
    [
      '17 stanzas',
      Buffer.from(header.replace(/(-> X25519 [^\n]*\n[^\n]*\n)/, '$1'.repeat(17)), 'latin1'),
      /17 recipients \(at most 16\)/,
    ],
    [
      'a 16 KiB line',
      Buffer.from(header.replace('\n-> ', `\n${'A'.repeat(16 * 1024)}\n-> `), 'latin1'),
      /missing or longer than 16384 bytes/,
    ],
  ];
  for (const [what, bytes, reason] of cases) {
    const file = join(tempDir(), `${what}.age`);
    writeFileSync(file, bytes);
    const summary = await importBatchFiles(staff.db, identity, [file]);
    assert.match(summary.rejected[0]?.reason ?? 'accepted', reason, what);
    assert.equal(summary.rejected[0]!.problem, 'not-a-batch', what);
  }
});

test('a FIFO named like a batch on the stick is rejected at once instead of blocking the import', async () => {
  const { staff, identity, usb } = await pairedKioskAndStaff();
  execFileSync('mkfifo', [join(usb, 'kuulluksi-MZUH-VLPY-MK6X-O3EP-000001.age')]);
  const summary = await importBatchFiles(staff.db, identity, [usb]);
  assert.deepEqual(
    summary.rejected.map(({ problem, reason }) => [problem, reason]),
    [['unreadable', 'it cannot be read: it is a pipe (FIFO), not a regular file']],
  );
});
