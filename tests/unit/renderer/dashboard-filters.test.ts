import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DashboardQuestion, ReportPlace } from '../../../shared/contract/staff-reading.ts';
import { groupByArea } from '../../../renderer/staff/dashboard/filter-choices.ts';
import {
  periodOfKind,
  placeOfValue,
  placeValue,
  yearChoices,
} from '../../../renderer/staff/report-filter/report-filter.ts';

test('every place survives the trip through a list option, a centre named like a keyword too', () => {
  const places: ReportPlace[] = [
    { kind: 'all' },
    { kind: 'centre', centre: 'Kallio' },
    { kind: 'centre', centre: 'all' },
    { kind: 'centre', centre: null },
    { kind: 'kiosk', kioskId: 'MZUH-VLPY-MK6X-O3EP' },
  ];
  for (const place of places) assert.deepEqual(placeOfValue(placeValue(place)), place);
});

test('another kind of period keeps the year, and the quarter or month it already says', () => {
  assert.deepEqual(periodOfKind('month', { kind: 'all' }, [2025, 2026]), {
    kind: 'month',
    year: 2026,
    month: 1,
  });
  assert.deepEqual(periodOfKind('quarter', { kind: 'month', year: 2025, month: 8 }, [2025]), {
    kind: 'quarter',
    year: 2025,
    quarter: 3,
  });
  assert.deepEqual(periodOfKind('month', { kind: 'quarter', year: 2025, quarter: 4 }, [2025]), {
    kind: 'month',
    year: 2025,
    month: 10,
  });
  assert.deepEqual(periodOfKind('all', { kind: 'year', year: 2025 }, [2025]), { kind: 'all' });
});

test('the year chosen stays on the list even when it has no answers under the filters', () => {
  assert.deepEqual(yearChoices([2026], { kind: 'year', year: 2024 }), [2024, 2026]);
});

test('questions stand under their participation area in THL order, those without one last', () => {
  const question = (questionId: string, area: DashboardQuestion['area']) =>
    ({ questionId, area }) as DashboardQuestion;
  const groups = groupByArea([
    question('a', null),
    question('b', 'common-good'),
    question('c', 'own-life'),
    question('d', 'common-good'),
  ]);
  assert.deepEqual(
    groups.map((group) => [group.area, group.questions.map((q) => q.questionId)]),
    [
      ['own-life', ['c']],
      ['common-good', ['b', 'd']],
      [null, ['a']],
    ],
  );
});
