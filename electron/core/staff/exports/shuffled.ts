import { randomInt } from 'node:crypto';

/**
 * The items in a fresh random order (Fisher–Yates with the system's cryptographic random source),
 * so the order of an export says nothing about when answers came or how they are stored.
 */
export function shuffled<T>(items: Iterable<T>): T[] {
  const list = [...items];
  for (let i = list.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}
