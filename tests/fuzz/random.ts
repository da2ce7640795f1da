/**
 * A small seeded generator (sfc32), so every fuzz input can be made again from its seed and
 * number: a crash report names both, and `npm run fuzz -- --seed S --only N` replays that input.
 */
export type Random = {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [0, max). */
  int(max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  bytes(length: number): Uint8Array;
};

export function seededRandom(...seeds: number[]): Random {
  let [a, b, c, d] = [0x9e3779b9, 0x243f6a88, 0xb7e15162, 1];
  for (const seed of seeds) {
    a ^= seed >>> 0;
    b ^= Math.imul(seed >>> 0, 0x85ebca6b);
  }
  const next32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 16; i++) next32();
  const next = () => next32() / 2 ** 32;
  const int = (max: number) => Math.floor(next() * max);
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => items[int(items.length)]!,
    bytes: (length) => Uint8Array.from({ length }, () => next32() & 0xff),
  };
}
