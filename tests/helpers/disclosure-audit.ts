/**
 * What an attacker holding every figure of a protected table can work out exactly. Every view and
 * filter shows cells of the one table (shared/small-cells/protected-table.ts), so gathering
 * them all is the most anyone can gather. Each parent is the sum of its children in every
 * dimension; with the shown cells put in, these sums are linear equations in the hidden cells.
 * A hidden cell is revealed exactly when its unit vector lies in the span of those equations:
 * in reduced row echelon form, its column is a pivot whose row holds no other unknown.
 */
import type { Dimension } from '../../shared/small-cells/dimension.ts';
import type { ProtectedTable } from '../../shared/small-cells/protected-table.ts';

/** Every cell as its node in each dimension, in the table's own order. */
export function allCells(dimensions: readonly Dimension[]): number[][] {
  let cells: number[][] = [[]];
  for (const dimension of dimensions) {
    cells = cells.flatMap((prefix) => dimension.keys.map((_, node) => [...prefix, node]));
  }
  return cells;
}

/** The hidden cells (as node lists) whose value the shown cells and the sums pin down. */
export function revealedHiddenCells(table: ProtectedTable): number[][] {
  const { dimensions } = table;
  const cells = allCells(dimensions);
  const unknownIndex = new Map<string, number>();
  const unknowns: number[][] = [];
  for (const cell of cells) {
    if (table.count(cell) === null) {
      unknownIndex.set(cell.join(','), unknowns.length);
      unknowns.push(cell);
    }
  }
  if (unknowns.length === 0) return [];

  // One equation per sum: parent − Σ children = 0, shown values moved to the right-hand side.
  const rows: Float64Array[] = [];
  for (const cell of cells) {
    dimensions.forEach((dimension, d) => {
      const children = dimension.children[cell[d]!]!;
      if (children.length === 0) return;
      const row = new Float64Array(unknowns.length + 1);
      let hasUnknown = false;
      const add = (nodes: number[], sign: number) => {
        const index = unknownIndex.get(nodes.join(','));
        if (index === undefined) row[unknowns.length]! -= sign * table.count(nodes)!;
        else {
          row[index]! += sign;
          hasUnknown = true;
        }
      };
      add(cell, 1);
      for (const child of children)
        add(
          cell.map((node, i) => (i === d ? child : node)),
          -1,
        );
      if (hasUnknown) rows.push(row);
    });
  }

  const pivotRowOf = reduce(rows, unknowns.length);
  const revealed: number[][] = [];
  pivotRowOf.forEach((rowIndex, column) => {
    if (rowIndex === -1) return;
    const row = rows[rowIndex]!;
    let others = false;
    for (let c = 0; c < unknowns.length && !others; c += 1) {
      if (c !== column && Math.abs(row[c]!) > 1e-9) others = true;
    }
    if (!others) revealed.push(unknowns[column]!);
  });
  return revealed;
}

/** Gauss–Jordan elimination in place; returns each column's pivot row, or -1 for a free column. */
function reduce(rows: Float64Array[], columns: number): number[] {
  const pivotRowOf = new Array<number>(columns).fill(-1);
  let next = 0;
  for (let column = 0; column < columns && next < rows.length; column += 1) {
    let best = -1;
    for (let r = next; r < rows.length; r += 1) {
      if (
        Math.abs(rows[r]![column]!) > 1e-9 &&
        (best === -1 || Math.abs(rows[r]![column]!) > Math.abs(rows[best]![column]!))
      )
        best = r;
    }
    if (best === -1) continue;
    [rows[next], rows[best]] = [rows[best]!, rows[next]!];
    const pivot = rows[next]!;
    const scale = pivot[column]!;
    for (let c = 0; c <= columns; c += 1) pivot[c]! /= scale;
    for (let r = 0; r < rows.length; r += 1) {
      if (r === next) continue;
      const factor = rows[r]![column]!;
      if (Math.abs(factor) < 1e-12) continue;
      const row = rows[r]!;
      for (let c = 0; c <= columns; c += 1) row[c]! -= factor * pivot[c]!;
    }
    pivotRowOf[column] = next;
    next += 1;
  }
  return pivotRowOf;
}
