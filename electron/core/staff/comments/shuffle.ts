import { randomInt } from 'node:crypto';

/**
 * A fresh Fisher–Yates shuffle from the system's cryptographic random source: the order comments
 * are listed in says nothing about when they were given or stored, and differs every time.
 */
export function shuffled<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
