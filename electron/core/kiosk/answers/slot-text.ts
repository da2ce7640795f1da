/**
 * How the kiosk writes into a slot (see slot-pool.ts): JSON padded with spaces to exactly the
 * pool's slot size, or JSON `null` and spaces when the slot is free. Every slot's text has the same
 * length whatever it holds, so SQLite rewrites a slot where it lies: the bytes of an answer never
 * move to a new place in the file, and the old ones do not linger beside the new.
 */

/** A pool of slots: its table and the bytes of every slot's text. */
export type SlotKind = { table: 'answer_slots' | 'comment_slots'; bytes: number };

/**
 * Answers without their words: the longest (64-character ids, the largest numbers) takes under
 * 400 bytes of JSON, and seven slots share a 4 KiB page.
 */
export const answerSlots: SlotKind = { table: 'answer_slots', bytes: 512 };

/**
 * A client's words as a JSON string, apart so that the many answers without words stay small. The
 * longest comment in the widest characters (three bytes each, see sanitizeComment) fits, with room
 * for what the scrubber writes in place of what it removes; two share a page.
 */
export const commentSlots: SlotKind = { table: 'comment_slots', bytes: 2000 };

export function freeSlotText(kind: SlotKind): string {
  return 'null'.padEnd(kind.bytes, ' ');
}

/** The value as a slot's text; throws when it cannot fit, which the pool tests show nothing reaches. */
export function slotText(kind: SlotKind, value: unknown): string {
  const json = JSON.stringify(value);
  const bytes = Buffer.byteLength(json);
  if (bytes > kind.bytes) {
    throw new Error(`${bytes} bytes do not fit a ${kind.bytes}-byte slot of ${kind.table}.`);
  }
  return json + ' '.repeat(kind.bytes - bytes);
}

/** SQL true for a slot in use, for the column `column` of a slot table. */
export const usedSlot = (column: string) => `substr(${column}, 1, 4) <> 'null'`;

export function isFreeSlotText(text: string): boolean {
  return text.startsWith('null');
}

/**
 * A comment as the kiosk keeps it: control characters (which no on-screen key types and which
 * JSON would write six bytes wide) and broken UTF-16 dropped, so each character takes at most
 * three bytes.
 */
export function sanitizeComment(text: string): string {
  return text.toWellFormed().replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}
