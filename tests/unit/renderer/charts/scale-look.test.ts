import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scaleLooks } from '../../../../renderer/components/scale-look.ts';
import { periodLabel } from '../../../../renderer/components/charts/period-label.ts';

test('values wear the kiosk face colours from the saddest to the happiest, with the kiosk words', () => {
  assert.deepEqual(
    scaleLooks('fi', 'smiley-3').map((look) => [look.label, look.colour]),
    [
      ['Huono', 'var(--face-0)'],
      ['Ei hyvä eikä huono', 'var(--face-2)'],
      ['Hyvä', 'var(--face-4)'],
    ],
  );
  assert.equal(scaleLooks('en', 'smiley-5')[4]!.label, 'Very good');
});

test('a trend point is named by its month, or by the days of its week within the month', () => {
  assert.match(periodLabel('en', 'month', '2026-03-01', '2026-03-31'), /Mar 2026/);
  const week = periodLabel('fi', 'week', '2026-03-02', '2026-03-08');
  assert.match(week, /2/);
  assert.match(week, /8/);
});
