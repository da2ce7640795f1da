import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { answerSlots, commentSlots } from '../../../../../electron/core/kiosk/answers/slot-text.ts';
import { openDatabase } from '../../../../../electron/core/db/open-database.ts';
import { kioskMigrations } from '../../../../../electron/core/kiosk/migrations/index.ts';
import { kioskDatabaseFile, openKiosk, type Kiosk } from '../../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../../electron/core/log.ts';
import { rankCorrelation, uniqueWord } from '../../../../helpers/disk-attack.ts';
import { fixedClock } from '../../../../helpers/kiosk-and-staff.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

const answer = { questionId: 'visit-today', questionVersion: 1, value: 4 };

function freshKiosk(): Kiosk {
  return openKiosk({ dataDir: tempDir(), clock: fixedClock, log: silentLog });
}

/** Pages of a table that hold the rest of a row too long for its page, as SQLite's own page map tells them. */
const overflowPages = (kiosk: Kiosk, table: string) =>
  kiosk.db
    .prepare<[string], number>("SELECT count(*) FROM dbstat WHERE name = ? AND pagetype = 'overflow'")
    .pluck()
    .get(table);

const slotCount = (kiosk: Kiosk, table = 'answer_slots') =>
  kiosk.db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck().get()!;

const timesIn = (bytes: Buffer, word: string) => bytes.toString('latin1').split(word).length - 1;

test('every slot of a pool is the same size, used or free, and lies whole in one page', () => {
  const kiosk = freshKiosk();
  try {
    const { responseId } = kiosk.responses.submit(answer);
    kiosk.responses.addComment(responseId, 'Sanottavaa');
    for (const kind of [answerSlots, commentSlots]) {
      const sizes = kiosk.db
        .prepare<[], number>(`SELECT DISTINCT length(CAST(value AS BLOB)) FROM ${kind.table}`)
        .pluck()
        .all();
      assert.deepEqual(sizes, [kind.bytes], kind.table);
      assert.equal(overflowPages(kiosk, kind.table), 0, kind.table);
    }
  } finally {
    kiosk.close();
  }
});

test('answers, words and deletions are written where the slot lies: the file does not grow, no old copy stays', async () => {
  const kiosk = freshKiosk();
  const file = kiosk.db.name;
  try {
    const sizeBefore = statSync(file).size;
    const words = Array.from({ length: 40 }, uniqueWord);
    for (const word of words) {
      const { responseId } = kiosk.responses.submit(answer);
      kiosk.responses.addComment(responseId, `Sanottavaa ${word}`);
    }
    assert.equal(statSync(file).size, sizeBefore, 'no page was added');
    const bytes = readFileSync(file);
    assert.deepEqual(
      words.filter((word) => timesIn(bytes, word) !== 1),
      [],
      'each answer’s words are in the file once',
    );
  } finally {
    kiosk.close();
  }
});

test('a pool filling up doubles and deals every answer into a random slot of the larger pool', () => {
  const kiosk = freshKiosk();
  try {
    const before = slotCount(kiosk);
    // One commit for them all: this is about where answers go, not how each is made durable.
    const ids = kiosk.db.transaction(() =>
      Array.from({ length: before * 2 }, () => kiosk.responses.submit(answer).responseId),
    )();
    assert.equal(slotCount(kiosk), before * 4, 'the pool doubled twice, never filling beyond three quarters');
    const slotOf = new Map(
      kiosk.db
        .prepare<[], { slot: number; id: string }>(
          "SELECT slot, value ->> '$.id' AS id FROM answer_slots WHERE substr(value, 1, 1) = '{'",
        )
        .all()
        .map(({ slot, id }) => [id, slot]),
    );
    assert.equal(slotOf.size, ids.length, 'every answer is there once');
    const correlation = rankCorrelation(
      ids.map((_, tap) => tap),
      ids.map((id) => slotOf.get(id)!),
    );
    // 512 answers at random: a spread of 0.04; the first answers alone in the first slots would give 0.9.
    assert.ok(Math.abs(correlation) < 0.25, `slots follow the order answers came in: ${correlation}`);
  } finally {
    kiosk.close();
  }
});

test('the longest comment a client can write, in the widest characters, fits its slot', () => {
  const kiosk = freshKiosk();
  try {
    // Each piece with something to keep: a comment of only control characters or line breaks is empty.
    const widest = ['\u0001a', 'a\ud800', '"', '€', '😀', 'ä', 'a\n', 'a@b.fi ', '040 1234567 '].map(
      (piece) => piece.repeat(Math.floor(500 / piece.length)),
    );
    for (const text of widest) {
      const { responseId } = kiosk.responses.submit(answer);
      const kept = kiosk.responses.addComment(responseId, text);
      assert.ok(kept.stored.length > 0, JSON.stringify(text.slice(0, 8)));
    }
  } finally {
    kiosk.close();
  }
});

test('the words of a filling comment pool move with their answers when it grows', () => {
  const kiosk = freshKiosk();
  try {
    const before = slotCount(kiosk, 'comment_slots');
    const words = Array.from({ length: before }, uniqueWord);
    kiosk.db.transaction(() => {
      for (const word of words) {
        const { responseId } = kiosk.responses.submit(answer);
        kiosk.responses.addComment(responseId, `Sanottavaa ${word}`);
      }
    })();
    assert.equal(slotCount(kiosk, 'comment_slots'), before * 2);
    const comments = kiosk.db.prepare<[], string>('SELECT comment FROM responses').pluck().all();
    assert.deepEqual(comments.sort(), words.map((word) => `Sanottavaa ${word}`).sort());
  } finally {
    kiosk.close();
  }
});

test('answers an older version kept in a table move into random slots, and the table’s pages are gone', () => {
  const dataDir = tempDir();
  const file = join(dataDir, kioskDatabaseFile);
  const old = openDatabase(file, kioskMigrations.slice(0, 7));
  const words = Array.from({ length: 60 }, uniqueWord);
  const insert = old.prepare(
    "INSERT INTO responses (id, question_id, question_version, value, day, day_part, comment) VALUES (?, 'visit-today', 1, 3, '2026-11-17', 'morning', ?)",
  );
  for (const word of words) insert.run(crypto.randomUUID(), `Sanottavaa ${word}`);
  old.close();
  assert.ok(
    words.every((word) => timesIn(readFileSync(file), word) >= 1),
    'the old table held them (some more than once: copies left behind as its pages split)',
  );

  const kiosk = openKiosk({ dataDir, clock: fixedClock, log: silentLog });
  try {
    assert.equal(kiosk.responses.pendingCount(), words.length);
    assert.equal(kiosk.db.pragma('freelist_count', { simple: true }), 0, 'no free page keeps the old table');
    const bytes = readFileSync(file);
    assert.deepEqual(
      words.filter((word) => timesIn(bytes, word) !== 1),
      [],
      'each answer is in the file once: in its slot',
    );
    const offsets = words.map((word) => bytes.indexOf(word));
    const correlation = rankCorrelation(
      words.map((_, index) => index),
      offsets,
    );
    assert.ok(Math.abs(correlation) < 0.5, `the old order survived the move: ${correlation}`);
  } finally {
    kiosk.close();
  }
});
