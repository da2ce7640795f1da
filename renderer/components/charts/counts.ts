import type { ChartWords } from './chart-words.ts';

/** A count as a table shows it: hidden ones as "fewer than k", never as a number. */
export function countText(count: number | null, k: number, words: ChartWords): string {
  return count === null ? words.fewerThan(k) : String(count);
}

/** A count's share of its total, as a table shows it; empty where either is hidden or there is none. */
export function shareText(count: number | null, total: number | null): string {
  if (count === null || total === null || total === 0) return '';
  return `${Math.round((count / total) * 100)} %`;
}
