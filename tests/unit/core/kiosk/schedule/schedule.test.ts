import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scheduleChangeSchema } from '../../../../../shared/change-log-details.ts';
import type { Schedule } from '../../../../../shared/schedule.ts';
import { AppError } from '../../../../../electron/core/errors.ts';
import { resolveToday } from '../../../../../electron/core/kiosk/schedule/resolve-today.ts';
import { kioskAtReception, tableRows } from '../../../../helpers/admin-kiosk.ts';
import { todaysQuestion } from '../../../../helpers/kiosk-and-staff.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';

const refusedAs = (code: string, message: RegExp) => (error: unknown) =>
  error instanceof AppError && error.code === code && message.test(error.message);

const plan: Schedule = {
  defaultQuestionId: 'visit-today',
  weekdays: { mon: 'felt-heard', wed: 'atmosphere-today', fri: 'food-and-coffee' },
  ranges: [{ from: '2026-11-20', to: '2026-11-22', questionId: 'felt-safe' }],
  pickedToday: null,
};

test('resolution: a range covering the day wins over its weekday, a weekday over the default', () => {
  const time = movableClock(new Date(2026, 10, 16, 9, 0)); // Monday 16 November 2026
  const week = Array.from({ length: 8 }, (_, day) => {
    if (day > 0) time.advanceDays(1);
    const { questionId, because } = resolveToday(plan, time.clock());
    return `${because}:${questionId}`;
  });
  assert.deepEqual(week, [
    'weekday:felt-heard', // Mon 16
    'default:visit-today', // Tue 17
    'weekday:atmosphere-today', // Wed 18
    'default:visit-today', // Thu 19
    'range:felt-safe', // Fri 20: the range wins over Friday's question
    'range:felt-safe', // Sat 21
    'range:felt-safe', // Sun 22: both ends of a range are included
    'weekday:felt-heard', // Mon 23
  ]);
});

test('resolution: a question picked today wins over everything, and only until midnight', () => {
  const picked: Schedule = {
    ...plan,
    defaultQuestionId: 'belong-here',
    pickedToday: { day: '2026-11-20', questionId: 'belong-here' },
  };
  const time = movableClock(new Date(2026, 10, 20, 23, 59)); // Friday, inside the range
  assert.deepEqual(resolveToday(picked, time.clock()), { questionId: 'belong-here', because: 'picked' });
  time.advanceSeconds(60);
  assert.deepEqual(resolveToday(picked, time.clock()), { questionId: 'felt-safe', because: 'range' });
  time.advanceDays(2); // Monday 23 November
  assert.deepEqual(resolveToday(picked, time.clock()), { questionId: 'felt-heard', because: 'weekday' });
  time.advanceDays(1);
  assert.deepEqual(resolveToday(picked, time.clock()), { questionId: 'belong-here', because: 'default' });
});

test('a new kiosk asks the first question by default', async () => {
  const { kiosk, token } = await kioskAtReception();
  assert.deepEqual(await kiosk.handlers['admin.schedule']({ token }), {
    schedule: { defaultQuestionId: 'visit-today', weekdays: {}, ranges: [], pickedToday: null },
    today: { questionId: 'visit-today', because: 'default' },
  });
  assert.equal((await todaysQuestion(kiosk)).id, 'visit-today');
});

test('the screen follows the schedule from day to day', async () => {
  const { kiosk, time, token } = await kioskAtReception(new Date(2026, 10, 16, 10, 0)); // Monday
  const { pickedToday: _none, ...newPlan } = plan;
  const saved = await kiosk.handlers['admin.setSchedule']({ token, plan: newPlan });
  assert.deepEqual(saved.today, { questionId: 'felt-heard', because: 'weekday' });
  const asked: string[] = [];
  for (let day = 0; day < 7; day++) {
    asked.push((await todaysQuestion(kiosk)).id);
    time.advanceDays(1);
  }
  assert.deepEqual(asked, [
    'felt-heard',
    'visit-today',
    'atmosphere-today',
    'visit-today',
    'felt-safe',
    'felt-safe',
    'felt-safe',
  ]);
  const [logged] = kiosk.changeLog.entries();
  assert.deepEqual([logged!.at, logged!.subject], ['2026-11-16T10:00', 'schedule']);
  assert.deepEqual(scheduleChangeSchema.parse(JSON.parse(logged!.detail)), { event: 'plan', plan: newPlan });
});

test('ask now: on screen at once for the rest of the day, the default after midnight, and logged', async () => {
  const { kiosk, time, token, unlock } = await kioskAtReception(new Date(2026, 10, 17, 15, 0)); // Tuesday
  const view = await kiosk.handlers['admin.askNow']({ token, questionId: 'trust-the-staff' });
  assert.deepEqual(view.schedule.pickedToday, { day: '2026-11-17', questionId: 'trust-the-staff' });
  assert.deepEqual(view.today, { questionId: 'trust-the-staff', because: 'picked' });
  assert.equal((await todaysQuestion(kiosk)).id, 'trust-the-staff');
  const [logged] = kiosk.changeLog.entries();
  assert.deepEqual([logged!.at, logged!.subject], ['2026-11-17T15:00', 'schedule']);
  assert.deepEqual(scheduleChangeSchema.parse(JSON.parse(logged!.detail)), {
    event: 'asked-now',
    questionId: 'trust-the-staff',
  });

  time.advanceDays(1);
  assert.deepEqual((await kiosk.handlers['admin.schedule']({ token: await unlock() })).today, {
    questionId: 'trust-the-staff',
    because: 'default',
  });
});

test('a schedule with overlapping ranges, an unknown question or an archived one is refused, naming it, and nothing changes', async () => {
  const { kiosk } = await kioskAtReception();
  kiosk.bank.setArchived('the-rooms', true);
  const before = { schedule: tableRows(kiosk, 'schedule'), log: tableRows(kiosk, 'change_log') };
  const bad: [unknown, string, RegExp][] = [
    [
      {
        defaultQuestionId: 'visit-today',
        weekdays: {},
        ranges: [
          { from: '2026-12-01', to: '2026-12-10', questionId: 'felt-safe' },
          { from: '2026-12-10', to: '2026-12-20', questionId: 'felt-heard' },
        ],
      },
      'bad_request',
      /the date ranges 2026-12-01–2026-12-10 and 2026-12-10–2026-12-20 overlap/,
    ],
    [
      {
        defaultQuestionId: 'visit-today',
        weekdays: {},
        ranges: [{ from: '2026-12-10', to: '2026-12-01', questionId: 'felt-safe' }],
      },
      'bad_request',
      /must not end before it starts/,
    ],
    [
      { defaultQuestionId: 'no-such-question', weekdays: {}, ranges: [] },
      'bad_request',
      /no question "no-such-question" in the question bank \(used as the default\)/,
    ],
    [
      { defaultQuestionId: 'visit-today', weekdays: { thu: 'nope' }, ranges: [] },
      'bad_request',
      /no question "nope" .*\(used on Thursdays\)/,
    ],
    [
      {
        defaultQuestionId: 'visit-today',
        weekdays: {},
        ranges: [{ from: '2026-12-01', to: '2026-12-02', questionId: 'the-rooms' }],
      },
      'conflict',
      /"the-rooms" is archived \(used from 2026-12-01 to 2026-12-02\)/,
    ],
    [
      { defaultQuestionId: 'visit-today', weekdays: { someday: 'felt-safe' }, ranges: [] },
      'bad_request',
      /Schedule not saved/,
    ],
  ];
  for (const [input, code, reason] of bad) {
    assert.throws(() => kiosk.schedule.setPlan(input), refusedAs(code, reason), JSON.stringify(input));
  }
  assert.throws(
    () => kiosk.schedule.askNow('no-such-question'),
    refusedAs('bad_request', /no question "no-such-question"/),
  );
  assert.deepEqual({ schedule: tableRows(kiosk, 'schedule'), log: tableRows(kiosk, 'change_log') }, before);
});

test('a range that has already ended may keep a question archived since; saving the same plan again logs nothing', async () => {
  const { kiosk } = await kioskAtReception(); // 17 November 2026
  const kept = {
    defaultQuestionId: 'visit-today',
    weekdays: {},
    ranges: [{ from: '2026-11-01', to: '2026-11-10', questionId: 'the-rooms' }],
  };
  kiosk.schedule.setPlan(kept);
  kiosk.bank.setArchived('the-rooms', true);
  const log = tableRows(kiosk, 'change_log');
  assert.deepEqual(kiosk.schedule.setPlan(kept).schedule.ranges, kept.ranges);
  assert.deepEqual(tableRows(kiosk, 'change_log'), log);
});
