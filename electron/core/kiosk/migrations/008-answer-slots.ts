import { randomInt } from 'node:crypto';
import type { Migration } from '../../db/migration.ts';

/** Frozen with this step: the slot size and first pool size the runtime pool (answers/) keeps using. */
const slotBytes = 4000;
const minimumSlots = 256;

type OldRow = Record<string, string | number | null> & { id: string };

/**
 * Answers move from a table, whose pages keep rows in the order they arrived, into a pool of
 * fixed-size slots filled at random (answers/answer-pool.ts, docs/anonymity.md). Each answer the
 * kiosk holds goes into a random slot of a pool at most half full; `responses` becomes a view of
 * the used slots with the columns it had, so reading code and reports are unchanged. The old
 * table's pages are zeroed as they are freed (the kiosk runs with secure_delete) and the file is
 * compacted after migrating (open-kiosk-database.ts).
 *
 * The slots each answer lands in are random, so this step does not place answers the same way
 * twice; what it makes (the table, the view, every answer once) is the same on every database.
 */
export const answerSlots: Migration = {
  version: 8,
  name: 'answer-slots',
  up(db) {
    db.exec(`
      CREATE TABLE answer_slots (
        slot INTEGER PRIMARY KEY,
        answer TEXT NOT NULL CHECK (length(CAST(answer AS BLOB)) = ${slotBytes})
      ) STRICT;
    `);
    const rows = db
      .prepare<[], OldRow>(
        `SELECT id, question_id, question_version, value, day, day_part, hour, comment, follow_up, repeat, batch_seq
         FROM responses`,
      )
      .all();
    let slots = minimumSlots;
    while (slots < rows.length * 2) slots *= 2;
    const placed = shuffled(rows.length, slots);
    const insert = db.prepare<[number, string]>('INSERT INTO answer_slots (slot, answer) VALUES (?, ?)');
    for (let slot = 1; slot <= slots; slot++) {
      const row = placed.get(slot);
      insert.run(slot, padded(row === undefined ? 'null' : JSON.stringify(rows[row])));
    }
    db.exec(`
      DROP INDEX responses_pending;
      DROP TABLE responses;
      CREATE VIEW responses AS
        SELECT
          answer ->> '$.id' AS id,
          answer ->> '$.question_id' AS question_id,
          answer ->> '$.question_version' AS question_version,
          answer ->> '$.value' AS value,
          answer ->> '$.day' AS day,
          answer ->> '$.day_part' AS day_part,
          answer ->> '$.hour' AS hour,
          answer ->> '$.comment' AS comment,
          answer ->> '$.follow_up' AS follow_up,
          answer ->> '$.repeat' AS repeat,
          answer ->> '$.batch_seq' AS batch_seq
        FROM answer_slots
        WHERE substr(answer, 1, 1) = '{';
    `);
  },
};

function padded(json: string): string {
  return json + ' '.repeat(slotBytes - Buffer.byteLength(json));
}

/** Row index by slot: `rows` rows dealt into distinct random slots among 1..slots. */
function shuffled(rows: number, slots: number): Map<number, number> {
  const order = Array.from({ length: slots }, (_, index) => index + 1);
  for (let last = slots - 1; last > 0; last--) {
    const pick = randomInt(last + 1);
    [order[last], order[pick]] = [order[pick]!, order[last]!];
  }
  return new Map(order.slice(0, rows).map((slot, row) => [slot, row]));
}
