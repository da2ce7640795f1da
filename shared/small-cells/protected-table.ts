/**
 * The small-cell rule (ARCHITECTURE.md, anonymity rule 5), in the one place every view, export,
 * report and archive takes its figures from.
 *
 * The answers to one wording of a question form a table with five dimensions, each a tree (see
 * dimension.ts): time (all → year → quarter → month → part of a week), place (all → centre →
 * kiosk), the language answered in, repeats (all → first answers, repeats) and value (total →
 * each value of the scale). Every figure a report can show, whatever its filters, is one cell of
 * this table, because filters only ever pick a node of each tree. So protecting the table once
 * protects every view of it and every difference between two views.
 *
 * Primary suppression hides every cell counting 1 to k − 1. Secondary suppression then makes sure
 * no hidden cell can be worked out by subtraction: a parent is the sum of its children in each
 * dimension (a month of its weeks, a centre of its kiosks, a total of its values), and where
 * exactly one cell of such a sum is hidden, the others and the sum would give it away. So the
 * smallest other non-zero cell of that sum is hidden too, and the checks repeat until every sum
 * hides no cell or at least two. This is the classic rule statistical offices apply to linked
 * tables; docs/anonymity.md says what it does not promise.
 *
 * The hidden cells depend only on the answers and k, never on the view asked for: were they chosen
 * per view, two views hiding different cells could together reveal both.
 */
import type { Dimension } from './dimension.ts';

/** A cell counted at one leaf node of each dimension. */
export type LeafCount = { leaves: readonly number[]; count: number };

export type ProtectedTable = {
  readonly dimensions: readonly Dimension[];
  /** The count of a cell (a node of each dimension), or null where it is hidden. */
  count(nodes: readonly number[]): number | null;
};

export function protectTable(
  dimensions: readonly Dimension[],
  leafCounts: Iterable<LeafCount>,
  minCellSize: number,
): ProtectedTable {
  const sizes = dimensions.map((dimension) => dimension.keys.length);
  const strides = stridesOf(sizes);
  const cellCount = sizes.reduce((product, size) => product * size, 1);
  const counts = new Float64Array(cellCount);

  for (const { leaves, count } of leafCounts) counts[indexOf(strides, leaves)]! += count;
  dimensions.forEach((dimension, d) => sumUp(counts, sizes, strides, d, dimension));

  const hidden = new Uint8Array(cellCount);
  for (let cell = 0; cell < cellCount; cell += 1) {
    const count = counts[cell]!;
    if (count > 0 && count < minCellSize) hidden[cell] = 1;
  }
  hideUntilNoSumRevealsOne(counts, hidden, sizes, strides, dimensions);

  return {
    dimensions,
    count(nodes) {
      const cell = indexOf(strides, nodes);
      return hidden[cell] ? null : counts[cell]!;
    },
  };
}

function stridesOf(sizes: readonly number[]): number[] {
  const strides = new Array<number>(sizes.length);
  let stride = 1;
  for (let d = sizes.length - 1; d >= 0; d -= 1) {
    strides[d] = stride;
    stride *= sizes[d]!;
  }
  return strides;
}

function indexOf(strides: readonly number[], nodes: readonly number[]): number {
  let cell = 0;
  for (let d = 0; d < strides.length; d += 1) cell += nodes[d]! * strides[d]!;
  return cell;
}

/**
 * Calls `visit(base)` for every cell whose node in dimension `d` is the root: the other
 * dimensions' nodes vary, so `base + node * strides[d]` walks one line of the table along `d`.
 */
function eachLine(
  sizes: readonly number[],
  strides: readonly number[],
  d: number,
  visit: (base: number) => void,
) {
  const outer = strides[d]! * sizes[d]!;
  const total = sizes.reduce((product, size) => product * size, 1);
  for (let start = 0; start < total; start += outer) {
    for (let inner = 0; inner < strides[d]!; inner += 1) visit(start + inner);
  }
}

/** Adds every node's count into its parent's, deepest first, along one dimension. */
function sumUp(
  counts: Float64Array,
  sizes: readonly number[],
  strides: readonly number[],
  d: number,
  dimension: Dimension,
) {
  const stride = strides[d]!;
  eachLine(sizes, strides, d, (base) => {
    for (let node = dimension.keys.length - 1; node > 0; node -= 1) {
      counts[base + dimension.parent[node]! * stride]! += counts[base + node * stride]!;
    }
  });
}

function hideUntilNoSumRevealsOne(
  counts: Float64Array,
  hidden: Uint8Array,
  sizes: readonly number[],
  strides: readonly number[],
  dimensions: readonly Dimension[],
): void {
  let changed = true;
  while (changed) {
    changed = false;
    dimensions.forEach((dimension, d) => {
      const stride = strides[d]!;
      const sums = dimension.children
        .map((children, parent) => ({ parent, children }))
        .filter(({ children }) => children.length > 0);
      eachLine(sizes, strides, d, (base) => {
        for (const { parent, children } of sums) {
          const cells = [base + parent * stride, ...children.map((child) => base + child * stride)];
          let hiddenCells = 0;
          for (const cell of cells) hiddenCells += hidden[cell]!;
          if (hiddenCells !== 1) continue;
          const partner = smallestShownNonZero(counts, hidden, cells);
          if (partner !== null) {
            hidden[partner] = 1;
            changed = true;
          }
        }
      });
    });
  }
}

/** The shown cell with the smallest non-zero count; a child before the parent (cells[0]) on a tie. */
function smallestShownNonZero(
  counts: Float64Array,
  hidden: Uint8Array,
  cells: readonly number[],
): number | null {
  let best: number | null = null;
  for (let i = 1; i <= cells.length; i += 1) {
    const cell = cells[i % cells.length]!;
    if (hidden[cell] || counts[cell] === 0) continue;
    if (best === null || counts[cell]! < counts[best]!) best = cell;
  }
  return best;
}
