import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../../../../../electron/core/db/open-database.ts';
import { kioskMigrations } from '../../../../../electron/core/kiosk/migrations/index.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

/**
 * What the kiosk migrations store on a fresh database, written down as it was when they shipped.
 * The expectations are deliberately not read from the migrations' own data: a step that has
 * shipped must store the same rows on every kiosk, whenever it runs.
 */
const bank = [
  'visit-today null',
  'felt-heard own-life',
  'treated-with-respect own-life',
  'trust-the-staff own-life',
  'got-the-help-i-came-for own-life',
  'know-what-help-there-is own-life',
  'could-decide-for-myself own-life',
  'helped-in-everyday-life own-life',
  'felt-safe common-good',
  'atmosphere-today common-good',
  'belong-here common-good',
  'the-rooms common-good',
  'food-and-coffee common-good',
  'opening-hours-suit-me common-good',
  'would-recommend common-good',
  'ideas-are-listened-to influencing',
  'want-to-help-develop influencing',
];

/** SHA-256 of the JSON of every `questions` and `question_bank` row: each text, chip and flag, to the byte. */
const seededRowsHash = '9c6ed5abb4989608b9bc3cc9945553a54775ce4430899e7d41aa35a6f03e2e3d';

test('a fresh kiosk database holds the questions, bank and schedule its migrations seeded when they shipped', () => {
  const db = openDatabase(join(tempDir(), 'kiosk.sqlite3'), kioskMigrations);
  try {
    const questions = db
      .prepare<[], { id: string; version: number }>(
        // The columns as they were when the seed shipped; item codes came later (below).
        'SELECT id, version, scale, texts, follow_ups, free_text FROM questions ORDER BY id, version',
      )
      .all();
    const entries = db
      .prepare<[], { id: string; area: string | null }>('SELECT * FROM question_bank ORDER BY position')
      .all();
    assert.deepEqual(
      entries.map(({ id, area }) => `${id} ${area}`),
      bank,
    );
    assert.deepEqual(
      questions.map(({ id, version }) => `${id} ${version}`),
      [...bank.map((entry) => `${entry.split(' ')[0]} 1`), 'visit-today 2'].sort(),
    );
    assert.equal(
      db.prepare('SELECT value FROM schedule').pluck().get(),
      '{"defaultQuestionId":"visit-today","weekdays":{},"ranges":[],"pickedToday":null}',
    );
    assert.deepEqual(
      db.prepare('SELECT DISTINCT item_code FROM questions').pluck().all(),
      [null],
      'no seeded question is given an item code its source does not name',
    );
    const rows = JSON.stringify({ questions, entries });
    assert.equal(createHash('sha256').update(rows).digest('hex'), seededRowsHash);
  } finally {
    db.close();
  }
});
