import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { OpeningHours } from '../../../../shared/opening-hours.ts';
import { AppError } from '../../../../electron/core/errors.ts';
import { isOpen, opensNext } from '../../../../electron/core/kiosk/opening-hours.ts';
import { kioskAtReception } from '../../../helpers/admin-kiosk.ts';
import { todaysQuestion } from '../../../helpers/kiosk-and-staff.ts';

const weekdaysOnly: OpeningHours = {
  mon: { opens: '08:00', closes: '16:00' },
  tue: { opens: '08:00', closes: '16:00' },
  wed: { opens: '08:00', closes: '16:00' },
  thu: { opens: '08:00', closes: '16:00' },
  fri: { opens: '09:30', closes: '14:00' },
  sat: null,
  sun: null,
};
const allClosed: OpeningHours = {
  mon: null,
  tue: null,
  wed: null,
  thu: null,
  fri: null,
  sat: null,
  sun: null,
};

/** A local time in the week of Monday 16 November 2026: day 0 is Monday. */
const at = (day: number, hours: number, minutes = 0, seconds = 0) =>
  new Date(2026, 10, 16 + day, hours, minutes, seconds);

test('open from the opening minute up to, not including, the closing minute', () => {
  assert.equal(isOpen(weekdaysOnly, at(0, 7, 59, 59)), false);
  assert.equal(isOpen(weekdaysOnly, at(0, 8, 0)), true);
  assert.equal(isOpen(weekdaysOnly, at(0, 15, 59, 59)), true);
  assert.equal(isOpen(weekdaysOnly, at(0, 16, 0)), false);
  assert.equal(isOpen(weekdaysOnly, at(4, 9, 29)), false, 'each day keeps its own hours');
  assert.equal(isOpen(weekdaysOnly, at(4, 9, 30)), true);
  assert.equal(isOpen(weekdaysOnly, at(5, 12, 0)), false, 'closed all Saturday');
  assert.equal(isOpen(null, at(6, 3, 0)), true, 'no hours set means always open');
  assert.equal(isOpen(allClosed, at(2, 12, 0)), false);
});

test('the next opening: later today, tomorrow, across midnight and over the weekend', () => {
  assert.deepEqual(
    opensNext(weekdaysOnly, at(0, 6, 0)),
    { weekday: 'mon', time: '08:00' },
    'before opening: today',
  );
  assert.deepEqual(
    opensNext(weekdaysOnly, at(0, 16, 0)),
    { weekday: 'tue', time: '08:00' },
    'after closing: tomorrow',
  );
  assert.deepEqual(opensNext(weekdaysOnly, at(0, 23, 59, 59)), { weekday: 'tue', time: '08:00' });
  assert.deepEqual(
    opensNext(weekdaysOnly, at(1, 0, 0)),
    { weekday: 'tue', time: '08:00' },
    'just after midnight: the same day',
  );
  assert.deepEqual(opensNext(weekdaysOnly, at(3, 18, 0)), { weekday: 'fri', time: '09:30' });
  assert.deepEqual(
    opensNext(weekdaysOnly, at(4, 14, 0)),
    { weekday: 'mon', time: '08:00' },
    'Friday afternoon: after the weekend',
  );
  assert.deepEqual(
    opensNext(weekdaysOnly, at(6, 22, 0)),
    { weekday: 'mon', time: '08:00' },
    'Sunday night: Monday',
  );
  const onlyMondays: OpeningHours = { ...allClosed, mon: { opens: '10:00', closes: '12:00' } };
  assert.deepEqual(
    opensNext(onlyMondays, at(0, 12, 0)),
    { weekday: 'mon', time: '10:00' },
    'a week ahead reaches the same weekday',
  );
  assert.equal(opensNext(allClosed, at(2, 12, 0)), null, 'never opens in the next seven days');
});

test('outside opening hours the screen is told when the kiosk opens, and an answer is refused and not stored', async () => {
  const { kiosk, time, token } = await kioskAtReception(new Date(2026, 10, 20, 13, 59)); // Friday
  await kiosk.handlers['admin.updateSettings']({ token, patch: { openingHours: weekdaysOnly } });
  const question = await todaysQuestion(kiosk);
  const { responseId } = kiosk.responses.submit({
    questionId: question.id,
    questionVersion: question.version,
    value: 2,
  });

  time.advanceSeconds(60); // 14:00, closing time on Friday
  assert.deepEqual(await kiosk.handlers['kiosk.today']({}), {
    open: false,
    opensNext: { weekday: 'mon', time: '08:00' },
  });
  assert.throws(
    () =>
      kiosk.handlers['kiosk.submitResponse']({
        questionId: question.id,
        questionVersion: question.version,
        value: 5,
        repeat: false,
      }),
    (error: unknown) =>
      error instanceof AppError && error.code === 'closed' && /closed now/.test(error.message),
  );
  // The person who answered at 13:59 may still finish: only new answers wait for opening time.
  kiosk.responses.addFollowUp(responseId, question.followUps.negative[0]!.id);
  assert.deepEqual(kiosk.db.prepare('SELECT value, follow_up FROM responses').all(), [
    { value: 2, follow_up: question.followUps.negative[0]!.id },
  ]);

  time.advanceDays(3);
  time.advanceSeconds(-6 * 3600); // Monday 08:00
  assert.equal((await kiosk.handlers['kiosk.today']({})).open, true);
  kiosk.responses.submit({ questionId: question.id, questionVersion: question.version, value: 5 });
});

test('with every day closed, the closed screen has no opening time to show', async () => {
  const { kiosk, token } = await kioskAtReception();
  await kiosk.handlers['admin.updateSettings']({ token, patch: { openingHours: allClosed } });
  assert.deepEqual(await kiosk.handlers['kiosk.today']({}), { open: false, opensNext: null });
});

test('opening hours that close before they open are refused, naming the day, and change nothing', async () => {
  const { kiosk, token } = await kioskAtReception();
  const backwards = { ...weekdaysOnly!, tue: { opens: '16:00', closes: '08:00' } };
  assert.throws(
    () => kiosk.handlers['admin.updateSettings']({ token, patch: { openingHours: backwards } }),
    (error: unknown) =>
      error instanceof AppError &&
      error.code === 'bad_request' &&
      /openingHours\.tue\.closes: closing time must be after opening time/.test(error.message),
  );
  assert.equal(kiosk.settings.read().openingHours, null);
  assert.deepEqual(
    kiosk.changeLog.entries().map((entry) => entry.subject),
    ['pin'],
  );
});
