/**
 * Small-cell suppression for reports (ARCHITECTURE.md, anonymity rule 5). A count of 1..k-1 could
 * single a person out, so it is hidden; if only one cell of a question were hidden, the total minus
 * the others would reveal it, so the smallest other non-zero cell is hidden as well.
 */
import { defaultMinCellSize } from './small-cells/threshold.ts';

export { defaultMinCellSize };

export type Cell = { value: number; count: number };
export type SuppressedCell = { value: number; count: number | null };

export function suppressSmallCells(
  cells: readonly Cell[],
  minCellSize: number = defaultMinCellSize,
): { total: number | null; cells: SuppressedCell[] } {
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  if (total > 0 && total < minCellSize) {
    return { total: null, cells: cells.map(({ value }) => ({ value, count: null })) };
  }
  const isSmall = (count: number) => count > 0 && count < minCellSize;
  const hidden = new Set(cells.filter((cell) => isSmall(cell.count)).map((cell) => cell.value));
  if (hidden.size === 1) {
    const nextSmallest = cells
      .filter((cell) => cell.count > 0 && !hidden.has(cell.value))
      .sort((a, b) => a.count - b.count)[0];
    if (nextSmallest) hidden.add(nextSmallest.value);
  }
  return {
    total,
    cells: cells.map(({ value, count }) => ({ value, count: hidden.has(value) ? null : count })),
  };
}
