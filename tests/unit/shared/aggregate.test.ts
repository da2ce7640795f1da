import assert from 'node:assert/strict';
import { test } from 'node:test';
import { suppressSmallCells } from '../../../shared/aggregate.ts';

const cells = (...counts: number[]) => counts.map((count, i) => ({ value: i + 1, count }));

test('cells of at least k are shown as they are', () => {
  assert.deepEqual(suppressSmallCells(cells(5, 0, 7), 5), { total: 12, cells: cells(5, 0, 7) });
});

test('a cell under k is hidden, and so is the next smallest, so the total cannot reveal it', () => {
  const { total, cells: shown } = suppressSmallCells(cells(2, 9, 6, 0), 5);
  assert.equal(total, 17);
  assert.deepEqual(
    shown.map((c) => c.count),
    [null, 9, null, 0],
  );
});

test('two small cells already hide each other', () => {
  const { cells: shown } = suppressSmallCells(cells(1, 3, 8), 5);
  assert.deepEqual(
    shown.map((c) => c.count),
    [null, null, 8],
  );
});

test('a question with fewer than k answers in all shows nothing, not even its total', () => {
  assert.deepEqual(suppressSmallCells(cells(3, 1), 5), {
    total: null,
    cells: [
      { value: 1, count: null },
      { value: 2, count: null },
    ],
  });
});

test('no answers at all is shown as zero', () => {
  assert.deepEqual(suppressSmallCells(cells(0, 0), 5), { total: 0, cells: cells(0, 0) });
});
