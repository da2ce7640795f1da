/**
 * The small-cell rule (ARCHITECTURE.md, anonymity rule 5), in the one place every view, export,
 * report and archive takes its figures from.
 *
 * The answers to one wording of a question in one year form a table with five dimensions, each a
 * tree (see dimension.ts): time (year → quarter → month → part of a week), place (all → centre →
 * kiosk), the language answered in, repeats (all → first answers, repeats) and value (total →
 * each value of the scale). Every figure a report can show, whatever its filters, is one cell of
 * this table, because filters only ever pick a node of each tree. So protecting the table once
 * protects every view of it and every difference between two views. (Years are tables of their
 * own, so the first few answers of a new year hide nothing in the year before; a figure over
 * several years is shown only where every year's is, so it is the sum of shown figures.)
 *
 * Every cell counting 1 to k − 1 is hidden, and so are enough others that none of those can be
 * worked out, by any sums of shown figures at all. A parent is the sum of its children in each
 * dimension (a month of its weeks, a centre of its kiosks, a total of its values). Hiding one more
 * cell of each such sum is not enough: chains of sums across dimensions can still pin a hidden
 * count down. So each small cell gets a proof that it stays unknown: a change to the table that
 * moves the small cell, keeps every sum true, and touches only hidden cells (everything shown
 * stays as it is, so the shown figures cannot tell the two tables apart). In each dimension the
 * change adds one along a path from the cell's node down to a leaf, and takes one away along
 * a path down from a sibling (the node itself or, where it has no sibling, its nearest ancestor
 * that has one; at the root, nothing is taken away); across dimensions it is the product of
 * these, a hypercube of at most a few hundred cells, all of which are hidden. Paths follow the
 * smallest non-zero counts, so the cells hidden for it are as small as can be.
 *
 * The hidden cells depend only on the answers and k, never on the view asked for: were they chosen
 * per view, two views hiding different cells could together reveal both.
 */
import type { Dimension } from './dimension.ts';

/** Called once per counted cell: a leaf node of each dimension and how many answers it holds. */
export type AddLeafCount = (leaves: readonly number[], count: number) => void;

export type ProtectedTable = {
  readonly dimensions: readonly Dimension[];
  /** The count of a cell (a node of each dimension), or null where it is hidden. */
  count(nodes: readonly number[]): number | null;
};

export function protectTable(
  dimensions: readonly Dimension[],
  fill: (add: AddLeafCount) => void,
  minCellSize: number,
): ProtectedTable {
  const sizes = dimensions.map((dimension) => dimension.keys.length);
  const strides = stridesOf(sizes);
  const cellCount = sizes.reduce((product, size) => product * size, 1);
  const counts = new Float64Array(cellCount);

  fill((leaves, count) => (counts[indexOf(strides, leaves)]! += count));
  dimensions.forEach((dimension, d) => sumUp(counts, sizes, strides, d, dimension));

  // Every hidden cell lies in some small cell's hypercube, so it moves with that change and stays
  // unknown too: a small cell already hidden needs no hypercube of its own.
  const hidden = new Uint8Array(cellCount);
  const nodes = new Array<number>(dimensions.length);
  for (let cell = 0; cell < cellCount; cell += 1) {
    const count = counts[cell]!;
    if (count === 0 || count >= minCellSize || hidden[cell]) continue;
    let rest = cell;
    for (let d = 0; d < dimensions.length; d += 1) {
      nodes[d] = Math.floor(rest / strides[d]!);
      rest -= nodes[d]! * strides[d]!;
    }
    const supports = dimensions.map((dimension, d) =>
      supportAlong(dimension, nodes[d]!, (node) => counts[cell + (node - nodes[d]!) * strides[d]!]!),
    );
    eachCorner(supports, strides, (corner) => (hidden[corner] = 1));
  }

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

/**
 * The nodes of one dimension a small cell's change touches: up from its node to the nearest node
 * with a sibling and down to a leaf (one added), and down from that sibling (one taken away).
 * `countAt` gives the count at a node with the cell's other dimensions kept.
 */
function supportAlong(dimension: Dimension, node: number, countAt: (node: number) => number): number[] {
  const support = downFrom(dimension, node, countAt);
  let at = node;
  while (at !== 0 && siblingsOf(dimension, at).length === 0) {
    at = dimension.parent[at]!;
    support.push(at);
  }
  if (at === 0) return support;
  return [...support, ...downFrom(dimension, smallest(siblingsOf(dimension, at), countAt), countAt)];
}

function siblingsOf(dimension: Dimension, node: number): readonly number[] {
  return dimension.children[dimension.parent[node]!]!.filter((sibling) => sibling !== node);
}

/** A node and one path down from it to a leaf, through the smallest non-zero counts. */
function downFrom(dimension: Dimension, node: number, countAt: (node: number) => number): number[] {
  const path = [node];
  for (let at = node; dimension.children[at]!.length > 0;) {
    at = smallest(dimension.children[at]!, countAt);
    path.push(at);
  }
  return path;
}

/** The node with the smallest non-zero count, or the first where all are zero. */
function smallest(nodes: readonly number[], countAt: (node: number) => number): number {
  let best = nodes[0]!;
  for (const node of nodes) {
    const count = countAt(node);
    if (count > 0 && (countAt(best) === 0 || count < countAt(best))) best = node;
  }
  return best;
}

/** Every cell of the product of one node list per dimension. */
function eachCorner(
  supports: readonly (readonly number[])[],
  strides: readonly number[],
  visit: (cell: number) => void,
) {
  const walk = (d: number, offset: number) => {
    if (d === supports.length) return visit(offset);
    for (const node of supports[d]!) walk(d + 1, offset + node * strides[d]!);
  };
  walk(0, 0);
}
