import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../../../../../electron/core/db/open-database.ts';
import { staffMigrations } from '../../../../../electron/core/staff/migrations/index.ts';
import { openStaff, staffDatabaseFile } from '../../../../../electron/core/staff/open-staff.ts';
import { weekPartOfDay } from '../../../../../electron/core/staff/reading/dimension-keys.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

test('answers stored before week parts were counted land in the week part import gives them, across year ends too', () => {
  const dataDir = tempDir();
  const old = openDatabase(join(dataDir, staffDatabaseFile), staffMigrations.slice(0, 12));
  const days = [
    '2025-12-29',
    '2025-12-31',
    '2026-01-01',
    '2026-01-04',
    '2026-01-05',
    '2026-03-31',
    '2026-12-31',
    '2027-01-01',
  ];
  old.exec(`
    INSERT INTO kiosks (kiosk_id, public_key, approved) VALUES ('AAAA-AAAA-AAAA-AAAA', 'a', 1);
    INSERT INTO batches (kiosk_id, seq, hash, prev_hash, response_count) VALUES ('AAAA-AAAA-AAAA-AAAA', 1, 'h1', NULL, ${days.length});
    INSERT INTO questions (kiosk_id, id, version, scale, texts, follow_ups, free_text)
      VALUES ('AAAA-AAAA-AAAA-AAAA', 'felt-heard', 1, 'smiley-5', '{"fi":"Tuliko sinua kuulluksi?"}', '{"positive":[],"negative":[]}', 1);
  `);
  const insert = old.prepare(
    `INSERT INTO responses (id, kiosk_id, batch_seq, question_id, question_version, value, day, day_part, repeat)
     VALUES (?, 'AAAA-AAAA-AAAA-AAAA', 1, 'felt-heard', 1, 4, ?, 'morning', 0)`,
  );
  for (const day of days) insert.run(randomUUID(), day);
  old.close();

  const staff = openStaff({ dataDir });
  try {
    const counted = staff.db
      .prepare<[], { week_part: string; count: number }>(
        'SELECT week_part, count FROM answer_counts ORDER BY week_part',
      )
      .all();
    const expected = new Map<string, number>();
    for (const day of days) expected.set(weekPartOfDay(day), (expected.get(weekPartOfDay(day)) ?? 0) + 1);
    assert.deepEqual(
      counted.map(({ week_part, count }) => [week_part, count]),
      [...expected].sort(([a], [b]) => (a < b ? -1 : 1)),
    );
    assert.equal(weekPartOfDay('2027-01-01'), '2027-01-W53', 'New Year’s Day 2027 is in ISO week 53 of 2026');
  } finally {
    staff.close();
  }
});
