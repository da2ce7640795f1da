/**
 * How an answer is written into its slot (see answer-pool.ts): one JSON object padded with spaces
 * to exactly `slotBytes` bytes, or `null` and spaces when the slot is free. Every slot's text has the
 * same length whatever it holds, so SQLite rewrites a slot where it lies: an answer's bytes never
 * move to a new place in the file, and the old ones do not linger beside the new.
 */

/** Bytes of every slot's text. A 4 KiB page holds one slot and no other, so a page is a slot. */
export const slotBytes = 4000;

/** The longest answer text a slot may hold: the worst comment fits (see the slot tests). */
const maxAnswerBytes = slotBytes;

/** An answer as its slot holds it; the `responses` view reads these keys as its columns. */
export type SlotAnswer = {
  id: string;
  question_id: string;
  question_version: number;
  value: number;
  day: string;
  day_part: string;
  hour: number | null;
  comment: string | null;
  follow_up: string | null;
  repeat: 0 | 1;
  batch_seq: number | null;
};

/**
 * A free slot: JSON `null` and spaces, so that any query reading a slot as JSON reads a free one
 * as nothing, in whatever order SQLite evaluates its conditions.
 */
export const freeSlotText = 'null'.padEnd(slotBytes, ' ');

export function isFreeSlotText(text: string): boolean {
  return !text.startsWith('{');
}

/** The answer as slot text; throws when it cannot fit, which the slot tests show no answer reaches. */
export function slotText(answer: SlotAnswer): string {
  const json = JSON.stringify(answer);
  const bytes = Buffer.byteLength(json);
  if (bytes > maxAnswerBytes) {
    throw new Error(`An answer of ${bytes} bytes does not fit a ${slotBytes}-byte slot.`);
  }
  return json + ' '.repeat(slotBytes - bytes);
}

export function answerFromSlotText(text: string): SlotAnswer | null {
  return isFreeSlotText(text) ? null : (JSON.parse(text) as SlotAnswer);
}
