import assert from 'node:assert/strict';
import { test } from 'node:test';
import { schedulePlanSchema } from '../../../shared/schedule.ts';
import { planProblem } from '../../../renderer/kiosk/admin/today/plan-problem.ts';

const range = (from: string, to: string) => ({ from, to, questionId: 'visit-today' });
const coreTakes = (ranges: ReturnType<typeof range>[]) =>
  schedulePlanSchema.safeParse({ defaultQuestionId: 'visit-today', weekdays: {}, ranges }).success;

test('the admin screen finds in the ranges what the core would refuse, naming them by their numbers on the form', () => {
  const cases: [ReturnType<typeof range>[], ReturnType<typeof planProblem>][] = [
    [[range('2026-12-01', '2026-12-24'), range('', '2026-12-31')], { datesMissing: 2 }],
    [[range('2026-12-24', '2026-12-01')], { endsBeforeStart: 1 }],
    [
      [
        range('2026-12-01', '2026-12-10'),
        range('2027-01-01', '2027-01-02'),
        range('2026-12-10', '2026-12-12'),
      ],
      { overlap: [1, 3] },
    ],
    [[range('2026-12-10', '2026-12-12'), range('2026-12-01', '2026-12-31')], { overlap: [1, 2] }],
    [[range('2026-12-01', '2026-12-01'), range('2026-12-02', '2026-12-02')], null],
    [[], null],
  ];
  for (const [ranges, problem] of cases) {
    assert.deepEqual(planProblem(ranges), problem, JSON.stringify(ranges));
    // What the screen lets through, the core takes; what it stops, the core would refuse.
    assert.equal(coreTakes(ranges), problem === null, JSON.stringify(ranges));
  }
});
