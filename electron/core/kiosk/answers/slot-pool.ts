import type { Database } from 'better-sqlite3';
import { randomInt } from 'node:crypto';
import { shuffled } from '../../shuffled.ts';
import { freeSlotText, isFreeSlotText, usedSlot, type SlotKind } from './slot-text.ts';

/** A pool grows before more than this share of its slots is in use, so a random probe finds a free one. */
const fullestShare = 3 / 4;
/** Random probes before listing the free slots; with a quarter free, 64 all miss once in 10^8. */
const probesBeforeListing = 64;

/**
 * A table of fixed-size slots (slot-text.ts), numbered 1..N, made when the pool grows and then only
 * ever rewritten in place. A value goes into a slot picked at random among the free ones, so where
 * its bytes lie says nothing about when it came; freeing a slot overwrites it where it lies.
 *
 * When the pool would be more than three quarters full it doubles, and every value moves to a new
 * random slot of the larger pool: otherwise the new slots would hold only the later values. Whoever
 * keeps slot numbers hears of the move through `onMoved`.
 */
export function createSlotPool(
  db: Database,
  kind: SlotKind,
  minimumSlots: number,
  onMoved: (moves: ReadonlyMap<number, number>) => void = () => {},
) {
  const { table } = kind;
  const free = freeSlotText(kind);
  const slotCount = db.prepare<[], number>(`SELECT coalesce(max(slot), 0) FROM ${table}`).pluck();
  const read = db.prepare<[number], string>(`SELECT value FROM ${table} WHERE slot = ?`).pluck();
  const write = db.prepare<[string, number]>(`UPDATE ${table} SET value = ? WHERE slot = ?`);
  const addSlot = db.prepare<[number, string]>(`INSERT INTO ${table} (slot, value) VALUES (?, ?)`);
  const usedCount = db
    .prepare<[], number>(`SELECT count(*) FROM ${table} WHERE ${usedSlot('value')}`)
    .pluck();
  const freeSlots = db
    .prepare<[], number>(`SELECT slot FROM ${table} WHERE NOT ${usedSlot('value')}`)
    .pluck();
  const usedValues = db.prepare<[], { slot: number; value: string }>(
    `SELECT slot, value FROM ${table} WHERE ${usedSlot('value')}`,
  );

  /**
   * Slots in use as this pool last counted them plus what it took since. Other writers (an export
   * in another process) only ever free slots, so this may be high, never low: before growing on it,
   * the pool counts again.
   */
  let usedAtMost: number | undefined;

  /** Doubles the pool (or makes its first slots) and deals every value into a random slot of it. */
  const grow = db.transaction((): void => {
    const before = slotCount.get()!;
    const after = Math.max(minimumSlots, before * 2);
    for (let slot = before + 1; slot <= after; slot++) addSlot.run(slot, free);
    const values = usedValues.all();
    const order = shuffledSlots(after);
    const moves = new Map<number, number>();
    order.forEach((slot, index) => {
      const value = values[index];
      write.run(value?.value ?? free, slot);
      if (value) moves.set(value.slot, slot);
    });
    onMoved(moves);
    usedAtMost = values.length;
  });

  function makeRoomForOneMore(): void {
    const fullest = Math.floor(slotCount.get()! * fullestShare);
    if (usedAtMost !== undefined && usedAtMost < fullest) return;
    usedAtMost = usedCount.get()!;
    if (usedAtMost >= fullest) grow();
  }

  function randomFreeSlot(): number {
    const count = slotCount.get()!;
    for (let probe = 0; probe < probesBeforeListing; probe++) {
      const slot = randomInt(1, count + 1);
      if (isFreeSlotText(read.get(slot)!)) return slot;
    }
    const listed = freeSlots.all();
    if (listed.length > 0) return listed[randomInt(listed.length)]!;
    grow();
    return randomFreeSlot();
  }

  return {
    /** Writes `text` into a random free slot, growing the pool first when it is filling up; returns the slot. */
    take(text: string): number {
      makeRoomForOneMore();
      const slot = randomFreeSlot();
      write.run(text, slot);
      if (usedAtMost !== undefined) usedAtMost++;
      return slot;
    },
    rewrite(slot: number, text: string): void {
      write.run(text, slot);
    },
    free(slot: number): void {
      write.run(free, slot);
    },
  };
}

/** Every slot number 1..count once, in a uniformly random order. */
function shuffledSlots(count: number): number[] {
  return shuffled(Array.from({ length: count }, (_, index) => index + 1));
}
