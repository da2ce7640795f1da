import assert from 'node:assert/strict';
import { test } from 'node:test';
import { positiveShareOf } from '../../../../renderer/components/charts/trend.ts';

const smiley5 = (total: number | null, ...counts: (number | null)[]) => ({
  total,
  cells: counts.map((count, index) => ({ value: index + 1, count })),
});

test('the share counts only the values above the middle of the scale', () => {
  assert.deepEqual(positiveShareOf('smiley-5', smiley5(20, 0, 0, 5, 10, 5)), {
    kind: 'share',
    positive: 15,
    total: 20,
    percent: 75,
  });
});

test('a hidden positive cell makes the point a gap, never a smaller share', () => {
  assert.deepEqual(positiveShareOf('smiley-5', smiley5(12, 0, 0, 8, null, null)), { kind: 'hidden' });
});

test('hidden cells below the middle leave the share known', () => {
  const share = positiveShareOf('smiley-5', smiley5(12, null, null, 0, 5, 5));
  assert.equal(share.kind, 'share');
  assert.equal(share.kind === 'share' && share.positive, 10);
});

test('a hidden total is a hidden point, and no answers an empty one, neither a zero', () => {
  assert.deepEqual(positiveShareOf('smiley-5', smiley5(null, null, null, null, null, null)), {
    kind: 'hidden',
  });
  assert.deepEqual(positiveShareOf('smiley-5', smiley5(0, 0, 0, 0, 0, 0)), { kind: 'empty' });
});

test('on yes / not sure / no only yes is positive', () => {
  const share = positiveShareOf('yes-no-unsure', {
    total: 10,
    cells: [
      { value: 1, count: 5 },
      { value: 2, count: 0 },
      { value: 3, count: 5 },
    ],
  });
  assert.equal(share.kind === 'share' && share.percent, 50);
});
