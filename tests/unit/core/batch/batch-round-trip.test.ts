import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { decryptWith, encryptTo } from '../../../../electron/core/batch/age.ts';
import { openBatch } from '../../../../electron/core/batch/open-batch.ts';
import { signBatch } from '../../../../electron/core/batch/signature.ts';
import type { BatchBody } from '../../../../electron/core/batch/format.ts';
import { AppError } from '../../../../electron/core/errors.ts';
import { generateSigningKeyPair } from '../../../../electron/core/keys/ed25519.ts';
import { pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';

async function exportOne() {
  const setup = await pairedKioskAndStaff();
  submitMany(setup.kiosk, [5, 5, 4, 1, 3]);
  const summary = await setup.kiosk.exportTo(setup.usb);
  const staffKey = { identity: setup.identity.ageIdentity, recipient: setup.identity.ageRecipient };
  return { ...setup, summary, staffKey, bytes: readFileSync(summary.written[0]!.file) };
}

const rejectedFor = async (promise: Promise<unknown>, pattern: RegExp) =>
  assert.rejects(promise, (error: unknown) => error instanceof AppError && pattern.test(error.message));

test('export seals pending answers into one signed batch the staff key opens', async () => {
  const { summary, bytes, staffKey, kiosk } = await exportOne();
  assert.equal(summary.written.length, 1);
  const { body } = await openBatch(bytes, staffKey);
  assert.equal(body.kioskId, kiosk.identity.kioskId);
  assert.equal(body.seq, 1);
  assert.equal(body.prevHash, null);
  assert.deepEqual(body.responses.map((r) => r.value).sort(), [1, 3, 4, 5, 5]);
  assert.equal(kiosk.responses.pendingCount(), 0);
});

test('the kiosk keeps only ciphertext: it cannot read its own batch', async () => {
  const { kiosk } = await exportOne();
  const { ciphertext } = kiosk.db.prepare('SELECT ciphertext FROM batches').get() as { ciphertext: Buffer };
  assert.equal(ciphertext.includes(Buffer.from('visit-today')), false);
  assert.equal(ciphertext.subarray(0, 21).toString(), 'age-encryption.org/v1');
});

test('a second export writes nothing new; the next batch chains onto the previous one', async () => {
  const setup = await exportOne();
  const again = await setup.kiosk.exportTo(setup.usb);
  assert.deepEqual(again.written, []);
  submitMany(setup.kiosk, [2]);
  const next = await setup.kiosk.exportTo(setup.usb);
  const first = await openBatch(setup.bytes, setup.staffKey);
  const second = await openBatch(readFileSync(next.written[0]!.file), setup.staffKey);
  assert.equal(second.body.seq, 2);
  assert.equal(second.body.prevHash, first.hash);
  assert.equal(readdirSync(setup.usb).filter((name) => name.endsWith('.age')).length, 2);
});

test('an unpaired kiosk refuses to export and keeps every answer pending', async () => {
  const setup = await pairedKioskAndStaff();
  setup.kiosk.db.exec('DELETE FROM staff_recipients');
  submitMany(setup.kiosk, [3]);
  await rejectedFor(setup.kiosk.exportTo(setup.usb), /not paired/);
  assert.equal(setup.kiosk.responses.pendingCount(), 1);
});

test('exporting to a folder that does not exist fails before anything is sealed', async () => {
  const setup = await pairedKioskAndStaff();
  submitMany(setup.kiosk, [3]);
  await rejectedFor(setup.kiosk.exportTo(join(setup.usb, 'missing')), /not a folder/);
  assert.equal(setup.kiosk.responses.pendingCount(), 1);
});

test('a batch re-signed with another key is rejected: the kiosk id belongs to the original key', async () => {
  const { bytes, staffKey } = await exportOne();
  const { body } = await openBatch(bytes, staffKey);
  const forged = signBatch(
    { ...body, responses: body.responses.map((r) => ({ ...r, value: 1 })) } as BatchBody,
    generateSigningKeyPair(),
  );
  const forgedBytes = await encryptTo([staffKey.recipient], Buffer.from(JSON.stringify(forged)));
  await rejectedFor(openBatch(forgedBytes, staffKey), /signature does not verify/);

  const impostor = generateSigningKeyPair();
  const claimed = signBatch({ ...body, kioskKey: impostor.publicKey }, impostor);
  const claimedBytes = await encryptTo([staffKey.recipient], Buffer.from(JSON.stringify(claimed)));
  await rejectedFor(openBatch(claimedBytes, staffKey), /does not belong to the key it carries/);
});

test('a valid age file made with only the staff public key, with an altered body, is rejected', async () => {
  const { bytes, staffKey } = await exportOne();
  const plain = JSON.parse(Buffer.from(await decryptWith(staffKey.identity, bytes)).toString());
  const first = plain.body.responses[0];
  first.value = first.value === 1 ? 2 : 1;
  const altered = await encryptTo([staffKey.recipient], Buffer.from(JSON.stringify(plain)));
  await rejectedFor(openBatch(altered, staffKey), /signature does not verify/);
});

test('a batch for another staff key cannot be opened', async () => {
  const { bytes } = await exportOne();
  const other = await pairedKioskAndStaff();
  await rejectedFor(
    openBatch(bytes, { identity: other.identity.ageIdentity, recipient: other.identity.ageRecipient }),
    /none of its recipients is this staff key: it was made for another staff key/,
  );
});

test('a batch from a newer format version is refused with a request to update', async () => {
  const { bytes, staffKey } = await exportOne();
  const plain = JSON.parse(Buffer.from(await decryptWith(staffKey.identity, bytes)).toString());
  plain.body.version = 4;
  const newer = await encryptTo([staffKey.recipient], Buffer.from(JSON.stringify(plain)));
  await rejectedFor(openBatch(newer, staffKey), /batch format 4.*update/);
});

test('files that are not age, or carry too many recipients, are refused before any decryption', async () => {
  const { staffKey } = await exportOne();
  await rejectedFor(openBatch(Buffer.from('{"body":{}}'), staffKey), /not an age-encrypted file/);
  const manyStanzas = 'age-encryption.org/v1\n' + '-> X25519 AAAA\nAAAA\n'.repeat(17) + '--- AAAA\n';
  await rejectedFor(openBatch(Buffer.from(manyStanzas), staffKey), /17 recipients/);
  await rejectedFor(
    openBatch(Buffer.from('age-encryption.org/v1\n' + 'x'.repeat(20_000)), staffKey),
    /header is missing or longer/,
  );
});
