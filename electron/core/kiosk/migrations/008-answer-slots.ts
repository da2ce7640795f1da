import { randomInt } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Migration } from '../../db/migration.ts';

/**
 * Frozen with this step: the slot sizes and first pool sizes the runtime pools (answers/) keep
 * using, and how a free slot reads.
 */
const answerSlotBytes = 512;
const commentSlotBytes = 2000;
const minimumAnswerSlots = 256;
const minimumCommentSlots = 64;
const free = 'null';

type OldRow = Record<string, string | number | null> & { comment: string | null };

/**
 * Answers move from a table, whose pages keep rows in the order they arrived, into pools of
 * fixed-size slots filled at random (answers/, docs/anonymity.md): each answer into a random slot
 * of a pool at most half full, its words (if any) into a random slot of a second pool.
 * `responses` becomes a view with the columns it had, so reading code and reports are unchanged.
 * The old table's pages are zeroed as they are freed (the kiosk runs with secure_delete) and the
 * file is compacted after migrating (open-kiosk-database.ts).
 *
 * The slots each answer lands in are random, so this step does not place answers the same way
 * twice; what it makes (the tables, the view, every answer once) is the same on every database.
 */
export const answerSlots: Migration = {
  version: 8,
  name: 'answer-slots',
  up(db) {
    db.exec(`
      CREATE TABLE answer_slots (
        slot INTEGER PRIMARY KEY,
        value TEXT NOT NULL CHECK (length(CAST(value AS BLOB)) = ${answerSlotBytes})
      ) STRICT;
      CREATE TABLE comment_slots (
        slot INTEGER PRIMARY KEY,
        value TEXT NOT NULL CHECK (length(CAST(value AS BLOB)) = ${commentSlotBytes})
      ) STRICT;
    `);
    const rows = db
      .prepare<[], OldRow>(
        `SELECT id, question_id, question_version, value, day, day_part, hour, follow_up, repeat, batch_seq, comment
         FROM responses`,
      )
      .all();
    const withWords = rows.filter((row) => row.comment !== null);
    const commentSlots = fillPool(
      db,
      'comment_slots',
      commentSlotBytes,
      minimumCommentSlots,
      withWords.map((row) => JSON.stringify(sanitized(row.comment!))),
    );
    const commentSlotOf = new Map(withWords.map((row, index) => [row, commentSlots[index]!]));
    fillPool(
      db,
      'answer_slots',
      answerSlotBytes,
      minimumAnswerSlots,
      rows.map((row) => {
        const { comment: _words, ...answer } = row;
        return JSON.stringify({ ...answer, comment_slot: commentSlotOf.get(row) ?? null });
      }),
    );
    db.exec(`
      DROP INDEX responses_pending;
      DROP TABLE responses;
      CREATE VIEW responses AS
        SELECT
          a.value ->> '$.id' AS id,
          a.value ->> '$.question_id' AS question_id,
          a.value ->> '$.question_version' AS question_version,
          a.value ->> '$.value' AS value,
          a.value ->> '$.day' AS day,
          a.value ->> '$.day_part' AS day_part,
          a.value ->> '$.hour' AS hour,
          c.value ->> '$' AS comment,
          a.value ->> '$.follow_up' AS follow_up,
          a.value ->> '$.repeat' AS repeat,
          a.value ->> '$.batch_seq' AS batch_seq
        FROM answer_slots AS a
        LEFT JOIN comment_slots AS c ON c.slot = a.value ->> '$.comment_slot'
        WHERE substr(a.value, 1, 4) <> '${free}';
    `);
  },
};

/**
 * Makes a pool at most half full holding `values` (JSON texts) in random slots; returns the slot
 * of each value, in their order.
 */
function fillPool(
  db: Database,
  table: string,
  slotBytes: number,
  minimumSlots: number,
  values: readonly string[],
): number[] {
  let slots = minimumSlots;
  while (slots < values.length * 2) slots *= 2;
  const order = shuffled(slots);
  const valueIn = new Map(values.map((value, index) => [order[index]!, value]));
  const insert = db.prepare<[number, string]>(`INSERT INTO ${table} (slot, value) VALUES (?, ?)`);
  for (let slot = 1; slot <= slots; slot++) {
    const json = valueIn.get(slot) ?? free;
    insert.run(slot, json + ' '.repeat(slotBytes - Buffer.byteLength(json)));
  }
  return values.map((_, index) => order[index]!);
}

/** Words as the kiosk now keeps them: no control characters, no broken UTF-16 (answers/slot-text.ts). */
function sanitized(text: string): string {
  return text.toWellFormed().replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** Every slot number 1..slots once, in a uniformly random order. */
function shuffled(slots: number): number[] {
  const order = Array.from({ length: slots }, (_, index) => index + 1);
  for (let last = slots - 1; last > 0; last--) {
    const pick = randomInt(last + 1);
    [order[last], order[pick]] = [order[pick]!, order[last]!];
  }
  return order;
}
