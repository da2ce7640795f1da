import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dimensionFromPaths, type Dimension } from '../../../../shared/small-cells/dimension.ts';
import { protectTable as protectFilled } from '../../../../shared/small-cells/protected-table.ts';
import { allCells, revealedHiddenCells } from '../../../helpers/disclosure-audit.ts';

type LeafCount = { leaves: number[]; count: number };

/** The table protected from a list of counted leaves. */
const protectTable = (dimensions: Dimension[], leafCounts: readonly LeafCount[], k: number) =>
  protectFilled(dimensions, (add) => leafCounts.forEach(({ leaves, count }) => add(leaves, count)), k);

/** Values 1..n under their total, as a scale's answers are. */
const valueDimension = (n: number) =>
  dimensionFromPaths(
    'total',
    Array.from({ length: n }, (_, i) => [String(i + 1)]),
  );

const node = (dimension: Dimension, key: string) => {
  const index = dimension.indexOf.get(key);
  assert.notEqual(index, undefined, `no node ${key}`);
  return index!;
};

test('a count from 1 to k − 1 is hidden; zero and k or more are shown', () => {
  const values = valueDimension(4);
  const table = protectTable(
    [values],
    [
      { leaves: [node(values, '1')], count: 0 },
      { leaves: [node(values, '2')], count: 5 },
      { leaves: [node(values, '3')], count: 4 },
      { leaves: [node(values, '4')], count: 9 },
    ],
    5,
  );
  const shown = ['1', '2', '3', '4'].map((key) => table.count([node(values, key)]));
  assert.equal(shown[0], 0, 'zero says nothing about anyone');
  assert.equal(shown[2], null, 'four answers could single someone out');
  assert.equal(table.count([0]), 18, 'the total stays shown');
  assert.equal(
    shown.filter((count) => count === null).length,
    2,
    'a second cell hides the first from the total',
  );
  assert.equal(shown[1], null, 'the smallest other non-zero value is the one hidden with it');
  assert.deepEqual(revealedHiddenCells(table), []);
});

test('a total under k hides the total and every non-zero value', () => {
  const values = valueDimension(3);
  const table = protectTable(
    [values],
    [
      { leaves: [node(values, '1')], count: 3 },
      { leaves: [node(values, '3')], count: 1 },
    ],
    5,
  );
  assert.deepEqual(
    [0, 1, 2, 3].map((n) => table.count([n])),
    [null, null, 0, null],
  );
});

test('a place with one kiosk hides its total wherever the kiosk is hidden, so neither reveals the other', () => {
  const place = dimensionFromPaths('all', [
    ['centre:A', 'kiosk:1'],
    ['centre:B', 'kiosk:2'],
    ['centre:B', 'kiosk:3'],
  ]);
  const values = valueDimension(2);
  const leaf = (kiosk: string, value: string, count: number): LeafCount => ({
    leaves: [node(place, kiosk), node(values, value)],
    count,
  });
  const table = protectTable(
    [place, values],
    [
      leaf('kiosk:1', '1', 2),
      leaf('kiosk:1', '2', 20),
      leaf('kiosk:2', '1', 30),
      leaf('kiosk:2', '2', 30),
      leaf('kiosk:3', '2', 40),
    ],
    5,
  );
  const count = (placeKey: string, value: string) =>
    table.count([node(place, placeKey), node(values, value)]);
  assert.equal(count('kiosk:1', '1'), null);
  assert.equal(count('centre:A', '1'), null, 'the centre is its one kiosk: showing it would show the kiosk');
  assert.ok(
    count('all', '1') === null || count('centre:B', '1') === null,
    'all minus centre B would show centre A',
  );
  assert.deepEqual(revealedHiddenCells(table), []);
});

/** A small-count world: answers spread thin over weeks, kiosks, languages and values. */
function randomWorld(seed: number) {
  let state = seed;
  const random = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const time = dimensionFromPaths('2026', [
    ['2026-Q4', '2026-10', '2026-10-W41'],
    ['2026-Q4', '2026-10', '2026-10-W42'],
    ['2026-Q4', '2026-11', '2026-11-W45'],
    ['2026-Q4', '2026-11', '2026-11-W46'],
  ]);
  const place = dimensionFromPaths('all', [
    ['centre:A', 'kiosk:1'],
    ['centre:A', 'kiosk:2'],
    ['centre:B', 'kiosk:3'],
  ]);
  const language = dimensionFromPaths('all', [['fi'], ['sv']]);
  const repeats = dimensionFromPaths('all', [['first'], ['repeat']]);
  const values = valueDimension(3);
  const dimensions = [time, place, language, repeats, values];
  const leafCounts: LeafCount[] = [];
  const leavesOf = (dimension: Dimension) =>
    dimension.keys.map((_, i) => i).filter((i) => dimension.children[i]!.length === 0);
  for (const t of leavesOf(time))
    for (const p of leavesOf(place))
      for (const l of leavesOf(language))
        for (const r of leavesOf(repeats))
          for (const v of leavesOf(values)) {
            const roll = random();
            // Mostly small or empty, sometimes large: the mix that makes suppression hard.
            const count =
              roll < 0.45 ? 0 : roll < 0.85 ? 1 + Math.floor(random() * 4) : 5 + Math.floor(random() * 20);
            if (count > 0) leafCounts.push({ leaves: [t, p, l, r, v], count });
          }
  return { dimensions, leafCounts };
}

test('in worlds of small counts, everything shown together reveals no hidden cell exactly', () => {
  for (let seed = 1; seed <= 30; seed += 1) {
    const { dimensions, leafCounts } = randomWorld(seed);
    const table = protectTable(dimensions, leafCounts, 5);
    const cells = allCells(dimensions);
    const hidden = cells.filter((cell) => table.count(cell) === null).length;
    assert.ok(hidden > 0, 'the world has small cells to protect');
    assert.ok(hidden < cells.length, 'and figures left to show');
    assert.deepEqual(revealedHiddenCells(table), [], `world ${seed}`);
  }
});
