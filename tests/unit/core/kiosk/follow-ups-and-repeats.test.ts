import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../../../electron/core/errors.ts';
import { buildReport } from '../../../../electron/core/staff/report.ts';
import { importBatchFiles } from '../../../../electron/core/staff/import-batches.ts';
import { pairedKioskAndStaff, todaysQuestion } from '../../../helpers/kiosk-and-staff.ts';

const refusedAs = (code: string) => (error: unknown) => error instanceof AppError && error.code === code;

test('a new kiosk asks the first question with follow-up chips for good and bad answers', async () => {
  const { kiosk } = await pairedKioskAndStaff();
  const question = await todaysQuestion(kiosk);
  assert.equal(question.version, 2);
  assert.ok(question.followUps.positive.length > 0 && question.followUps.negative.length > 0);
  assert.equal(question.freeText, true);
});

test('a follow-up is kept only when the question offers it for that answer, and only once', async () => {
  const { kiosk } = await pairedKioskAndStaff();
  const question = await todaysQuestion(kiosk);
  const [negativeChip] = question.followUps.negative;
  const [positiveChip] = question.followUps.positive;
  const answer = (value: number) =>
    kiosk.responses.submit({ questionId: question.id, questionVersion: question.version, value });

  const sad = answer(1).responseId;
  assert.throws(() => kiosk.responses.addFollowUp(sad, positiveChip!.id), refusedAs('bad_request'));
  kiosk.responses.addFollowUp(sad, negativeChip!.id);
  assert.throws(
    () => kiosk.responses.addFollowUp(sad, question.followUps.negative[1]!.id),
    refusedAs('not_found'),
  );

  const middle = answer(3).responseId;
  assert.throws(() => kiosk.responses.addFollowUp(middle, positiveChip!.id), refusedAs('bad_request'));
  assert.throws(() => kiosk.responses.addFollowUp(middle, negativeChip!.id), refusedAs('bad_request'));

  const stored = kiosk.db
    .prepare<[], { value: number; follow_up: string | null }>(
      'SELECT value, follow_up FROM responses ORDER BY value',
    )
    .all();
  assert.deepEqual(stored, [
    { value: 1, follow_up: negativeChip!.id },
    { value: 3, follow_up: null },
  ]);
});

test('follow-ups and repeat flags travel in the batch; staff can count repeats in or out', async () => {
  const { kiosk, staff, identity, usb } = await pairedKioskAndStaff();
  const question = await todaysQuestion(kiosk);
  const submit = (value: number, repeat: boolean) =>
    kiosk.responses.submit({ questionId: question.id, questionVersion: question.version, value, repeat })
      .responseId;
  const chip = question.followUps.positive[0]!.id;
  kiosk.responses.addFollowUp(submit(5, false), chip);
  for (let i = 0; i < 4; i++) submit(5, false);
  for (let i = 0; i < 6; i++) submit(4, false);
  for (let i = 0; i < 6; i++) submit(4, true);

  const { written } = await kiosk.exportTo(usb);
  await importBatchFiles(
    staff.db,
    identity,
    written.map((batch) => batch.file),
  );
  const stored = staff.db
    .prepare<[], { follow_up: string | null; repeats: number; n: number }>(
      'SELECT follow_up, sum(repeat) AS repeats, count(*) AS n FROM responses GROUP BY follow_up ORDER BY follow_up',
    )
    .all();
  assert.deepEqual(stored, [
    { follow_up: null, repeats: 6, n: 16 },
    { follow_up: chip, repeats: 0, n: 1 },
  ]);

  const countOfFour = (includeRepeats: boolean) =>
    buildReport(staff.db, { includeRepeats })
      .questions.find((q) => q.questionVersion === question.version)!
      .cells.find((cell) => cell.value === 4)!.count;
  assert.equal(countOfFour(true), 12);
  assert.equal(countOfFour(false), 6);
});

test('the screen learns its timeouts, repeat window and crisis lines from the kiosk settings', async () => {
  const { kiosk } = await pairedKioskAndStaff();
  kiosk.settings.update({ idleSeconds: 90, thankYouSeconds: 8 });
  const display = await kiosk.handlers['kiosk.display']({});
  assert.equal(display.idleSeconds, 90);
  assert.equal(display.thankYouSeconds, 8);
  assert.equal(display.crisisLines.fi.number, '09 2525 0111');
  assert.equal(display.crisisLines.sv.number, '09 2525 0112');
  assert.equal(display.crisisLines.en.number, '09 2525 0116');
  assert.throws(() => kiosk.settings.update({ idleSeconds: 5 }), /idleSeconds/);
  assert.throws(
    () => kiosk.settings.update({ crisisLines: { fi: { name: 'x', number: 'call me', hours: null } } }),
    /Settings not changed/,
  );
  assert.equal(
    (await kiosk.handlers['kiosk.display']({})).idleSeconds,
    90,
    'a refused change changed nothing',
  );
});
