import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openBatch } from '../../../../electron/core/batch/open-batch.ts';
import { AppError } from '../../../../electron/core/errors.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { pairedKioskAndStaff } from '../../../helpers/kiosk-and-staff.ts';

const answer = { questionId: 'visit-today', questionVersion: 1, value: 2 };
const refused = (code: string) => (error: unknown) => error instanceof AppError && error.code === code;

test('a comment is scrubbed before it is stored, and the kiosk says what it took out', async () => {
  const { kiosk } = await pairedKioskAndStaff();
  const { responseId } = kiosk.responses.submit(answer);
  const result = kiosk.responses.addComment(responseId, '  Soittakaa 040 123 4567, hetu 131052-308T  ');
  assert.deepEqual(result, { stored: 'Soittakaa [•••], hetu [•••]', removed: ['phone', 'identity-code'] });
  const stored = kiosk.db
    .prepare<[string], { comment: string }>('SELECT comment FROM responses WHERE id = ?')
    .get(responseId);
  assert.equal(stored?.comment, 'Soittakaa [•••], hetu [•••]');
  assert.equal(JSON.stringify(kiosk.db.prepare('SELECT * FROM responses').all()).includes('4567'), false);
});

test('an answer takes one comment, only while it is still on the kiosk, and never an empty one', async () => {
  const { kiosk, usb } = await pairedKioskAndStaff();
  const { responseId } = kiosk.responses.submit(answer);
  assert.throws(() => kiosk.responses.addComment(responseId, '   '), refused('bad_request'));
  kiosk.responses.addComment(responseId, 'Hyvä päivä');
  assert.throws(() => kiosk.responses.addComment(responseId, 'Toinen'), refused('not_found'));
  const later = kiosk.responses.submit(answer);
  await kiosk.exportTo(usb);
  assert.throws(() => kiosk.responses.addComment(later.responseId, 'Liian myöhään'), refused('not_found'));
  assert.throws(
    () => kiosk.responses.addComment('00000000-0000-4000-8000-000000000000', 'Kuka?'),
    refused('not_found'),
  );
});

test('the comment reaches staff scrubbed, inside the signed batch', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  const { responseId } = kiosk.responses.submit(answer);
  kiosk.responses.addComment(responseId, 'Mail me: matti.meikalainen@example.fi');
  const { written } = await kiosk.exportTo(usb);
  const { body } = await openBatch(readFileSync(written[0]!.file), {
    identity: identity.ageIdentity,
    recipient: identity.ageRecipient,
  });
  assert.equal(body.responses[0]!.comment, 'Mail me: [•••]');
  await importBatchFiles(staff.db, identity, [usb]);
  assert.equal(
    staff.db.prepare<[], { comment: string }>('SELECT comment FROM responses').get()?.comment,
    'Mail me: [•••]',
  );
});
