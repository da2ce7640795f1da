import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** bench/results/ (git-ignored): the table's JSON, cached data and scratch folders. */
export const resultsDir = join(import.meta.dirname, 'results');

/**
 * A fresh folder under bench/results/scratch/, on the same disk as the cached data (so files can
 * be hard-linked from it, and every figure comes from one disk), removed after `use`.
 */
export async function withScratch<T>(prefix: string, use: (folder: string) => Promise<T>): Promise<T> {
  const parent = join(resultsDir, 'scratch');
  mkdirSync(parent, { recursive: true });
  const folder = mkdtempSync(join(parent, `${prefix}-`));
  try {
    return await use(folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
