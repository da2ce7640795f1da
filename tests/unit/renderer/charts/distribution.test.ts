import assert from 'node:assert/strict';
import { test } from 'node:test';
import { distributionOf } from '../../../../renderer/components/charts/distribution.ts';

const figure = (total: number | null, ...counts: (number | null)[]) => ({
  total,
  cells: counts.map((count, index) => ({ value: index + 1, count })),
});

test('shown cells become segments in value order, each starting where the one before ended', () => {
  assert.deepEqual(distributionOf(figure(20, 0, 5, 15)), {
    kind: 'bar',
    total: 20,
    segments: [
      { kind: 'shown', value: 2, count: 5, start: 0 },
      { kind: 'shown', value: 3, count: 15, start: 5 },
    ],
  });
});

test('hidden cells share one segment, the total less the cells shown, after the shown ones', () => {
  const distribution = distributionOf(figure(13, 0, null, null, 6, 5));
  assert.equal(distribution.kind, 'bar');
  if (distribution.kind !== 'bar') return;
  assert.deepEqual(distribution.segments.at(-1), { kind: 'hidden', values: [2, 3], count: 2, start: 11 });
  // No hidden cell has a segment of its own, so no bar length is the count of one hidden cell.
  assert.equal(distribution.segments.filter((segment) => segment.kind === 'hidden').length, 1);
  assert.ok(distribution.segments.every((segment) => segment.kind === 'hidden' || segment.count !== null));
});

test('a hidden total draws no bar at all, whatever the cells say', () => {
  assert.deepEqual(distributionOf(figure(null, null, null, 0)), { kind: 'hidden' });
});

test('no answers is an empty figure, not a hidden one', () => {
  assert.deepEqual(distributionOf(figure(0, 0, 0, 0)), { kind: 'empty' });
});
