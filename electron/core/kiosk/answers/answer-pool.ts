import type { Database } from 'better-sqlite3';
import { randomInt } from 'node:crypto';
import { answerFromSlotText, freeSlotText, isFreeSlotText, slotText, type SlotAnswer } from './slot-text.ts';

/** A pool grows before more than this share of its slots is in use, so a random probe finds a free one. */
const fullestShare = 3 / 4;
/** Random probes before falling back to listing the free slots; with a quarter free, 64 all miss once in 10^8. */
const probesBeforeListing = 64;

/**
 * Where the kiosk keeps answers on disk: a pool of fixed-size slots (slot-text.ts), written when the
 * pool grows and then only ever rewritten in place. An answer goes into a slot picked at random among
 * the free ones, so where its bytes lie says nothing about when it was given; freeing a slot
 * overwrites the answer where it lies. There is no index over answers: an index's pages would keep
 * their keys in the order they arrived. Reads go through the `responses` view (migration 008).
 *
 * When the pool would be more than three quarters full it doubles, and every answer is moved to a
 * new random slot of the larger pool: otherwise the new slots would hold only the later answers.
 */
export function createAnswerPool(db: Database) {
  const slotCount = db.prepare<[], number>('SELECT coalesce(max(slot), 0) FROM answer_slots').pluck();
  const readSlot = db.prepare<[number], string>('SELECT answer FROM answer_slots WHERE slot = ?').pluck();
  const writeSlot = db.prepare<[string, number]>('UPDATE answer_slots SET answer = ? WHERE slot = ?');
  const addSlot = db.prepare<[number, string]>('INSERT INTO answer_slots (slot, answer) VALUES (?, ?)');
  const usedCount = db
    .prepare<[], number>("SELECT count(*) FROM answer_slots WHERE substr(answer, 1, 1) = '{'")
    .pluck();
  const freeSlots = db
    .prepare<[], number>("SELECT slot FROM answer_slots WHERE substr(answer, 1, 1) <> '{'")
    .pluck();
  const usedTexts = db
    .prepare<[], string>("SELECT answer FROM answer_slots WHERE substr(answer, 1, 1) = '{'")
    .pluck();
  const slotsWithIds = db.prepare<[string], { slot: number; answer: string }>(
    `SELECT slot, answer FROM answer_slots
     WHERE substr(answer, 1, 1) = '{' AND answer ->> '$.id' IN (SELECT value FROM json_each(?))`,
  );
  const slotsOfBatch = db
    .prepare<[number], number>(
      "SELECT slot FROM answer_slots WHERE substr(answer, 1, 1) = '{' AND answer ->> '$.batch_seq' = ?",
    )
    .pluck();

  /**
   * Slots in use as this pool last counted them plus what it added since. Other writers (an export
   * in another process) only ever free slots, so this may be high, never low: before growing on it,
   * the pool counts again.
   */
  let usedAtMost: number | undefined;

  function randomFreeSlot(): number {
    const count = slotCount.get()!;
    for (let probe = 0; probe < probesBeforeListing; probe++) {
      const slot = randomInt(1, count + 1);
      if (isFreeSlotText(readSlot.get(slot)!)) return slot;
    }
    const free = freeSlots.all();
    if (free.length === 0) {
      grow();
      return randomFreeSlot();
    }
    return free[randomInt(free.length)]!;
  }

  /** Doubles the pool (or makes its first slots) and deals every answer into a random slot of it. */
  const grow = db.transaction((): void => {
    const before = slotCount.get()!;
    const after = Math.max(minimumSlots, before * 2);
    for (let slot = before + 1; slot <= after; slot++) addSlot.run(slot, freeSlotText);
    const answers = usedTexts.all();
    const order = shuffledSlots(after);
    order.forEach((slot, index) => writeSlot.run(answers[index] ?? freeSlotText, slot));
    usedAtMost = answers.length;
  });

  function makeRoomForOneMore(): void {
    const fullest = Math.floor(slotCount.get()! * fullestShare);
    if (usedAtMost !== undefined && usedAtMost < fullest) return;
    usedAtMost = usedCount.get()!;
    if (usedAtMost >= fullest) grow();
  }

  /** Rewrites the answers with these ids that `change` returns a new version of; returns how many. */
  function amend(ids: readonly string[], change: (answer: SlotAnswer) => SlotAnswer | null): number {
    let amended = 0;
    for (const { slot, answer } of slotsWithIds.all(JSON.stringify(ids))) {
      const changed = change(answerFromSlotText(answer)!);
      if (changed === null) continue;
      writeSlot.run(slotText(changed), slot);
      amended++;
    }
    return amended;
  }

  return {
    /** Stores an answer in a random free slot, growing the pool first when it is filling up. */
    add(answer: SlotAnswer): void {
      makeRoomForOneMore();
      writeSlot.run(slotText(answer), randomFreeSlot());
      if (usedAtMost !== undefined) usedAtMost++;
    },

    amend,

    /** Overwrites every answer the batch carried with a free slot's text; returns how many. */
    forgetBatch(seq: number): number {
      const slots = slotsOfBatch.all(seq);
      for (const slot of slots) writeSlot.run(freeSlotText, slot);
      return slots.length;
    },
  };
}

/** Slots a new pool starts with: about a week of a busy centre's answers, 1 MB on disk. */
export const minimumSlots = 256;

/** Every slot number 1..count once, in a uniformly random order (Fisher–Yates). */
function shuffledSlots(count: number): number[] {
  const slots = Array.from({ length: count }, (_, index) => index + 1);
  for (let last = count - 1; last > 0; last--) {
    const pick = randomInt(last + 1);
    [slots[last], slots[pick]] = [slots[pick]!, slots[last]!];
  }
  return slots;
}

export type AnswerPool = ReturnType<typeof createAnswerPool>;
