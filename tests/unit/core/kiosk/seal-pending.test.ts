import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { openBatch } from '../../../../electron/core/batch/open-batch.ts';
import { AppError } from '../../../../electron/core/errors.ts';
import { answerSlots, freeSlotText } from '../../../../electron/core/kiosk/answers/slot-text.ts';
import { sealPendingResponses } from '../../../../electron/core/kiosk/seal-pending.ts';
import { pairedKioskAndStaff, submitMany } from '../../../helpers/kiosk-and-staff.ts';

const isConflict = (error: unknown) => error instanceof AppError && error.code === 'conflict';

function batchRows(kiosk: Awaited<ReturnType<typeof pairedKioskAndStaff>>['kiosk']) {
  return kiosk.db.prepare('SELECT seq, response_count AS responses FROM batches ORDER BY seq').all();
}

test('two exports sealing at once: one keeps its batch with every answer, the other is refused and keeps nothing', async () => {
  const { kiosk, usb, identity } = await pairedKioskAndStaff();
  submitMany(kiosk, [5, 4, 3, 2, 1]);
  const outcomes = await Promise.allSettled([
    sealPendingResponses(kiosk.db, kiosk.identity),
    sealPendingResponses(kiosk.db, kiosk.identity),
  ]);
  assert.deepEqual(outcomes.map((outcome) => outcome.status).sort(), ['fulfilled', 'rejected']);
  assert.ok(isConflict(outcomes.find((outcome) => outcome.status === 'rejected')!.reason));
  assert.deepEqual(batchRows(kiosk), [{ seq: 1, responses: 5 }]);
  assert.deepEqual(kiosk.db.prepare('SELECT count(*) AS n FROM responses WHERE batch_seq = 1').get(), {
    n: 5,
  });

  const { written } = await kiosk.exportTo(usb);
  const { body } = await openBatch(readFileSync(written[0]!.file), {
    identity: identity.ageIdentity,
    recipient: identity.ageRecipient,
  });
  assert.deepEqual(body.responses.map((response) => response.value).sort(), [1, 2, 3, 4, 5]);
});

test('an answer that stops being pending while its batch is encrypted makes that batch a conflict, and none of it is kept', async () => {
  const { kiosk } = await pairedKioskAndStaff();
  submitMany(kiosk, [5, 4, 3, 2, 1]);
  // The answers are read before the first await; this one goes while the batch is encrypted.
  const sealing = sealPendingResponses(kiosk.db, kiosk.identity);
  kiosk.db
    .prepare("UPDATE answer_slots SET value = ? WHERE value ->> '$.value' = 3")
    .run(freeSlotText(answerSlots));
  await assert.rejects(sealing, isConflict);
  assert.deepEqual(batchRows(kiosk), []);
  assert.equal(kiosk.responses.pendingCount(), 4);

  assert.equal(await sealPendingResponses(kiosk.db, kiosk.identity), 1);
  assert.deepEqual(batchRows(kiosk), [{ seq: 1, responses: 4 }]);
  assert.deepEqual(kiosk.db.prepare('SELECT count(*) AS n FROM responses WHERE batch_seq IS NULL').get(), {
    n: 0,
  });
});

test('words a client adds while the answer’s batch is encrypted go out with it: that batch is sealed again', async () => {
  const { kiosk, usb, identity } = await pairedKioskAndStaff();
  submitMany(kiosk, [5, 4]);
  const { responseId } = kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value: 2 });
  // The answers are read before the first await; the client's words arrive while it is encrypted.
  const sealing = sealPendingResponses(kiosk.db, kiosk.identity);
  kiosk.responses.addComment(responseId, 'Jonotin liian kauan');
  assert.equal(await sealing, 1);
  assert.deepEqual(batchRows(kiosk), [{ seq: 1, responses: 3 }]);

  const { written } = await kiosk.exportTo(usb);
  const { body } = await openBatch(readFileSync(written[0]!.file), {
    identity: identity.ageIdentity,
    recipient: identity.ageRecipient,
  });
  assert.equal(body.responses.find((response) => response.id === responseId)?.comment, 'Jonotin liian kauan');
});
