/**
 * The threshold k of the small-cell rule (ARCHITECTURE.md, anonymity rule 5): a count from 1 to
 * k − 1 could single a person out and is never shown. Staff may raise it; it never goes below 3.
 */
export const defaultMinCellSize = 5;
export const minMinCellSize = 3;
export const maxMinCellSize = 50;
