import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openBatch } from '../../../../electron/core/batch/open-batch.ts';
import { createAnswerPool } from '../../../../electron/core/kiosk/answers/answer-pool.ts';
import { pairedKioskAndStaff } from '../../../helpers/kiosk-and-staff.ts';

test('a batch carries the kiosk’s centre, each question’s area and item code, and each answer’s language; an answer kept without one goes with none', async () => {
  const { kiosk, identity, usb } = await pairedKioskAndStaff();
  kiosk.settings.update({ centreName: 'Päiväkeskus Majakka' });
  const { question, itemCode: _none, ...rest } = kiosk.bank.entry('felt-heard');
  const { scale, texts, followUps, freeText } = question;
  const coded = kiosk.bank.edit('felt-heard', {
    scale,
    texts,
    followUps,
    freeText,
    area: rest.area,
    itemCode: 'example.2',
  });
  assert.deepEqual([coded.question.version, coded.itemCode], [2, 'example.2']);

  const submit = (language: 'fi' | 'sv' | 'selko' | undefined) =>
    kiosk.responses.submit({ questionId: 'felt-heard', questionVersion: 2, value: 4, language }).responseId;
  submit('sv');
  submit('selko');
  submit(undefined);
  // An answer kept before the kiosk recorded languages has no such key in its slot at all.
  const older = submit('fi');
  createAnswerPool(kiosk.db).update(older, ({ language: _language, ...answer }) => answer);
  assert.deepEqual(kiosk.db.prepare('SELECT language FROM responses ORDER BY language').pluck().all(), [
    null,
    null,
    'selko',
    'sv',
  ]);

  const { written } = await kiosk.exportTo(usb);
  const { body } = await openBatch(readFileSync(written[0]!.file), {
    identity: identity.ageIdentity,
    recipient: identity.ageRecipient,
  });
  assert.ok(body.version === 3);
  assert.equal(body.centre, 'Päiväkeskus Majakka');
  assert.deepEqual(
    body.questions.map((q) => [q.id, q.version, q.area, q.itemCode]),
    [['felt-heard', 2, 'own-life', 'example.2']],
  );
  assert.deepEqual(body.responses.map((response) => response.language).sort(), [null, null, 'selko', 'sv']);
});

test('a kiosk whose centre is not named seals a batch with no centre', async () => {
  const { kiosk, identity, usb } = await pairedKioskAndStaff();
  kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 2, value: 5, language: 'en' });
  const { written } = await kiosk.exportTo(usb);
  const { body } = await openBatch(readFileSync(written[0]!.file), {
    identity: identity.ageIdentity,
    recipient: identity.ageRecipient,
  });
  assert.ok(body.version === 3);
  assert.equal(body.centre, null);
  assert.deepEqual(
    body.responses.map((response) => response.language),
    ['en'],
  );
});
