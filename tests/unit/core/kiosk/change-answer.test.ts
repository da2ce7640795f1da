import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { createDispatcher } from '../../../../electron/core/dispatch.ts';
import { AppError } from '../../../../electron/core/errors.ts';
import { silentLog } from '../../../../electron/core/log.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { assertRefused } from '../../../helpers/refused-call.ts';
import { pairedKioskAndStaff, todaysQuestion } from '../../../helpers/kiosk-and-staff.ts';

const refusedAs = (code: string) => (error: unknown) => error instanceof AppError && error.code === code;

type Stored = { value: number; follow_up: string | null; comment: string | null };
const storedAnswers = (kiosk: Awaited<ReturnType<typeof pairedKioskAndStaff>>['kiosk']) =>
  kiosk.db.prepare<[], Stored>('SELECT value, follow_up, comment FROM responses').all();

test('a changed answer is still one answer, with the final value; a chip chosen for the old value goes', async () => {
  const { kiosk } = await pairedKioskAndStaff();
  const question = await todaysQuestion(kiosk);
  const { responseId } = kiosk.responses.submit({
    questionId: question.id,
    questionVersion: question.version,
    value: 1,
  });
  kiosk.responses.addFollowUp(responseId, question.followUps.negative[0]!.id);

  kiosk.responses.changeAnswer(responseId, 5);
  assert.deepEqual(storedAnswers(kiosk), [{ value: 5, follow_up: null, comment: null }]);

  // The new value's own chips are offered, and taken, as after a first tap.
  const goodChip = question.followUps.positive[0]!.id;
  kiosk.responses.addFollowUp(responseId, goodChip);
  kiosk.responses.addComment(responseId, 'Hyvä päivä');
  assert.deepEqual(storedAnswers(kiosk), [{ value: 5, follow_up: goodChip, comment: 'Hyvä päivä' }]);
  assert.equal(kiosk.responses.pendingCount(), 1);
});

test('only a value on the question’s scale is taken, and a refused change leaves the answer as it was', async () => {
  const { kiosk } = await pairedKioskAndStaff();
  const question = await todaysQuestion(kiosk);
  const { responseId } = kiosk.responses.submit({
    questionId: question.id,
    questionVersion: question.version,
    value: 2,
  });
  kiosk.responses.addFollowUp(responseId, question.followUps.negative[0]!.id);

  assert.throws(() => kiosk.responses.changeAnswer(responseId, 9), refusedAs('bad_request'));
  assert.throws(() => kiosk.responses.changeAnswer(randomUUID(), 4), refusedAs('not_found'));
  assert.deepEqual(storedAnswers(kiosk), [
    { value: 2, follow_up: question.followUps.negative[0]!.id, comment: null },
  ]);
});

test('after the words, or once exported, a change is refused: the client has had the thank-you', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  const question = await todaysQuestion(kiosk);
  const answer = (value: number) =>
    kiosk.responses.submit({ questionId: question.id, questionVersion: question.version, value }).responseId;
  const withWords = answer(1);
  kiosk.responses.addComment(withWords, 'Jonot olivat pitkät');
  assert.throws(() => kiosk.responses.changeAnswer(withWords, 4), refusedAs('not_found'));

  const exported = answer(3);
  const { written } = await kiosk.exportTo(usb);
  assert.throws(() => kiosk.responses.changeAnswer(exported, 4), refusedAs('not_found'));

  const result = await importBatchFiles(
    staff.db,
    identity,
    written.map((batch) => batch.file),
  );
  assert.equal(result.imported.length, written.length);
  const archived = staff.db
    .prepare<[], { value: number }>('SELECT value FROM responses ORDER BY value')
    .all()
    .map((row) => row.value);
  assert.deepEqual(archived, [1, 3]);
});

test('the contract call changes the answer, and names what is wrong with a bad call', async () => {
  const { kiosk } = await pairedKioskAndStaff();
  const question = await todaysQuestion(kiosk);
  const dispatch = createDispatcher('kiosk', kiosk.handlers, silentLog);
  const submitted: any = await dispatch('kiosk.submitResponse', {
    questionId: question.id,
    questionVersion: question.version,
    value: 4,
  });
  const { responseId } = submitted.value;

  assertRefused(await dispatch('kiosk.changeAnswer', { responseId, value: 'two' }), 'bad_request', /value/);
  assertRefused(
    await dispatch('kiosk.changeAnswer', { responseId: 'x', value: 2 }),
    'bad_request',
    /responseId/,
  );
  assertRefused(
    await dispatch('kiosk.changeAnswer', { responseId, value: 0 }),
    'bad_request',
    /0 is not an answer/,
  );
  assert.deepEqual(storedAnswers(kiosk), [{ value: 4, follow_up: null, comment: null }]);

  assert.deepEqual(await dispatch('kiosk.changeAnswer', { responseId, value: 2 }), { ok: true, value: {} });
  assert.deepEqual(storedAnswers(kiosk), [{ value: 2, follow_up: null, comment: null }]);
});
