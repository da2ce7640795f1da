import { randomInt } from 'node:crypto';

/**
 * The items in a fresh, uniformly random order (Fisher–Yates with the system's cryptographic
 * random source): an order that says nothing about when things were given or how they are
 * stored, different every time.
 */
export function shuffled<T>(items: Iterable<T>): T[] {
  const list = [...items];
  for (let last = list.length - 1; last > 0; last--) {
    const pick = randomInt(last + 1);
    [list[last], list[pick]] = [list[pick]!, list[last]!];
  }
  return list;
}
