import type { Database } from 'better-sqlite3';
import type { Language } from '../../../../shared/languages.ts';
import { createSlotPool } from './slot-pool.ts';
import { answerSlots, commentSlots, sanitizeComment, slotText, usedSlot } from './slot-text.ts';

/** An answer as its slot holds it; the `responses` view (migration 008) reads these keys as its columns. */
export type SlotAnswer = {
  id: string;
  question_id: string;
  question_version: number;
  value: number;
  day: string;
  day_part: string;
  hour: number | null;
  follow_up: string | null;
  repeat: 0 | 1;
  /**
   * The language the screen was in when the client answered; null when the screen did not say.
   * Answers kept before the kiosk recorded languages have no such key (the view reads NULL).
   */
  language?: Language | null;
  batch_seq: number | null;
  /** The slot of the client's words in `comment_slots`, or null. */
  comment_slot: number | null;
};

export type NewAnswer = Omit<SlotAnswer, 'follow_up' | 'batch_seq' | 'comment_slot'>;

/** Slots new pools start with: a week of a busy centre's answers, and the few of them with words. */
export const minimumAnswerSlots = 256;
export const minimumCommentSlots = 64;

/**
 * Where the kiosk keeps answers on disk: answers in one pool of fixed-size slots, their words in
 * another (slot-pool.ts), each filled at random, so where an answer lies says nothing about when it
 * was given (docs/anonymity.md). There is no index over answers: an index's pages keep their keys
 * in the order they arrived. Reads go through the `responses` view.
 */
export function createAnswerPool(db: Database) {
  const answers = createSlotPool(db, answerSlots, minimumAnswerSlots);
  const comments = createSlotPool(db, commentSlots, minimumCommentSlots, (moves) => {
    // Words moved to new slots when their pool grew: their answers follow them.
    for (const { slot, answer } of answersWithWords.all().map(parsed)) {
      const moved = answer.comment_slot === null ? undefined : moves.get(answer.comment_slot);
      if (moved !== undefined)
        answers.rewrite(slot, slotText(answerSlots, { ...answer, comment_slot: moved }));
    }
  });

  const parsed = (row: { slot: number; value: string }) => ({
    slot: row.slot,
    answer: JSON.parse(row.value) as SlotAnswer,
  });
  const answersWithIds = db.prepare<[string], { slot: number; value: string }>(
    `SELECT slot, value FROM answer_slots
     WHERE ${usedSlot('value')} AND value ->> '$.id' IN (SELECT value FROM json_each(?))`,
  );
  const answersOfBatch = db.prepare<[number], { slot: number; value: string }>(
    `SELECT slot, value FROM answer_slots WHERE ${usedSlot('value')} AND value ->> '$.batch_seq' = ?`,
  );
  const answersWithWords = db.prepare<[], { slot: number; value: string }>(
    `SELECT slot, value FROM answer_slots WHERE ${usedSlot('value')} AND value ->> '$.comment_slot' IS NOT NULL`,
  );

  /** Rewrites the answers with these ids that `change` returns a new version of; returns how many. */
  function amend(ids: readonly string[], change: (answer: SlotAnswer) => SlotAnswer | null): number {
    let amended = 0;
    for (const { slot, answer } of answersWithIds.all(JSON.stringify(ids)).map(parsed)) {
      const changed = change(answer);
      if (changed === null) continue;
      answers.rewrite(slot, slotText(answerSlots, changed));
      amended++;
    }
    return amended;
  }

  return {
    /** Stores an answer in a random free slot. */
    add(answer: NewAnswer): void {
      answers.take(
        slotText(answerSlots, { ...answer, follow_up: null, batch_seq: null, comment_slot: null }),
      );
    },

    /**
     * Rewrites one answer as `change` returns it, in its own slot; `change` returns null to leave
     * it, and may throw to refuse. Returns whether the answer was found and rewritten.
     */
    update(id: string, change: (answer: SlotAnswer) => SlotAnswer | null): boolean {
      return amend([id], change) === 1;
    },

    /**
     * Adds words (already scrubbed) to an answer still waiting for export that has none, each in a
     * random slot of their own; returns whether it did.
     */
    setComment: db.transaction((id: string, text: string): boolean => {
      const [found] = answersWithIds.all(JSON.stringify([id])).map(parsed);
      if (!found || found.answer.batch_seq !== null || found.answer.comment_slot !== null) return false;
      // Taking a slot may grow the comment pool, which rewrites only answers that already have
      // words: this one has none, so `found` is still what its slot holds.
      const commentSlot = comments.take(slotText(commentSlots, sanitizeComment(text)));
      answers.rewrite(found.slot, slotText(answerSlots, { ...found.answer, comment_slot: commentSlot }));
      return true;
    }),

    /** Marks the answers with these ids, if still pending, as sealed into batch `seq`; returns how many. */
    claim(ids: readonly string[], seq: number): number {
      return amend(ids, (answer) => (answer.batch_seq === null ? { ...answer, batch_seq: seq } : null));
    },

    /** Overwrites every answer the batch carried, and its words, where they lie; returns how many. */
    forgetBatch(seq: number): number {
      const sealed = answersOfBatch.all(seq).map(parsed);
      for (const { slot, answer } of sealed) {
        if (answer.comment_slot !== null) comments.free(answer.comment_slot);
        answers.free(slot);
      }
      return sealed.length;
    },
  };
}

export type AnswerPool = ReturnType<typeof createAnswerPool>;
