/**
 * Version 3's fields (centre, a question's area and item code, an answer's language): what a
 * kiosk writes opens unchanged, and a batch carrying anything else there is refused whole,
 * naming the field, even when its kiosk signed it.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decryptWith, encryptTo } from '../../../../electron/core/batch/age.ts';
import { BatchRejection } from '../../../../electron/core/batch/batch-rejection.ts';
import { openBatch } from '../../../../electron/core/batch/open-batch.ts';
import { signBatch } from '../../../../electron/core/batch/signature.ts';
import { pairedKioskAndStaff } from '../../../helpers/kiosk-and-staff.ts';

type Json = Record<string, any>;

async function exportedV3() {
  const setup = await pairedKioskAndStaff();
  setup.kiosk.settings.update({ centreName: 'Majakka' });
  setup.kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 1, value: 4, language: 'sv' });
  const { written } = await setup.kiosk.exportTo(setup.usb);
  const bytes = readFileSync(written[0]!.file);
  const staffKey = { identity: setup.identity.ageIdentity, recipient: setup.identity.ageRecipient };
  const plain = JSON.parse(Buffer.from(await decryptWith(staffKey.identity, bytes)).toString()) as Json;
  /** The body changed by `change`, signed by the kiosk itself and encrypted to staff. */
  const resealed = async (change: (body: Json) => void) => {
    const body = structuredClone(plain.body);
    change(body);
    const file = signBatch(body as never, setup.kiosk.identity.keys);
    return encryptTo([staffKey.recipient], Buffer.from(JSON.stringify(file)));
  };
  return { bytes, staffKey, plain, resealed };
}

test('a version 3 batch opens to exactly what the kiosk wrote: centre, area, item code and language', async () => {
  const { bytes, staffKey, plain } = await exportedV3();
  const { body } = await openBatch(bytes, staffKey);
  assert.deepEqual(body, plain.body);
  assert.ok(body.version === 3);
  assert.equal(body.centre, 'Majakka');
  assert.deepEqual(
    body.questions.map(({ id, area, itemCode }) => [id, area, itemCode]),
    [['felt-heard', 'own-life', null]],
  );
  assert.deepEqual(
    body.responses.map((response) => response.language),
    ['sv'],
  );
});

test('a signed version 3 batch with a language, area, item code or centre no kiosk writes is refused, naming the field', async () => {
  const { staffKey, resealed } = await exportedV3();
  const cases: [string, (body: Json) => void, RegExp][] = [
    ['a language beyond the four', (body) => (body.responses[0].language = 'de'), /responses\.0\.language/],
    ['a keyboard layout beside the language', (body) => (body.responses[0].keyboard = 'fi-FI'), /keyboard/],
    ['no language at all', (body) => delete body.responses[0].language, /responses\.0\.language/],
    ['an area THL does not have', (body) => (body.questions[0].area = 'health'), /questions\.0\.area/],
    [
      'an item code with spaces inside',
      (body) => (body.questions[0].itemCode = 'a b'),
      /questions\.0\.itemCode/,
    ],
    ['a centre name of 101 characters', (body) => (body.centre = 'x'.repeat(101)), /centre/],
    ['no centre', (body) => delete body.centre, /centre/],
    [
      'version 3 fields under version 2',
      (body) => {
        body.version = 2;
      },
      /centre|language|area|itemCode/,
    ],
  ];
  for (const [what, change, field] of cases) {
    await assert.rejects(
      openBatch(await resealed(change), staffKey),
      (error: unknown) =>
        error instanceof BatchRejection &&
        error.problem === 'not-a-batch' &&
        /not a valid Kuulluksi batch/.test(error.message) &&
        field.test(error.message),
      what,
    );
  }
});
