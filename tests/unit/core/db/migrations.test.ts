import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../../../../electron/core/db/open-database.ts';
import { createAnswerPool } from '../../../../electron/core/kiosk/answers/answer-pool.ts';
import { answerSlots } from '../../../../electron/core/kiosk/migrations/008-answer-slots.ts';
import { kioskMigrations } from '../../../../electron/core/kiosk/migrations/index.ts';
import { kioskDatabaseFile, openKiosk } from '../../../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../../../electron/core/log.ts';
import { staffMigrations } from '../../../../electron/core/staff/migrations/index.ts';
import { openStaff, staffDatabaseFile } from '../../../../electron/core/staff/open-staff.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

const latestKiosk = kioskMigrations.at(-1)!.version;
const latestStaff = staffMigrations.at(-1)!.version;

for (const migration of kioskMigrations.slice(0, -1)) {
  test(`a kiosk database at schema ${migration.version} (${migration.name}) migrates to ${latestKiosk} with its answers`, () => {
    const dataDir = tempDir();
    const old = openDatabase(join(dataDir, kioskDatabaseFile), kioskMigrations.slice(0, migration.version));
    const answer = {
      id: '5d6f1a8e-2b7c-4e21-9a3f-0c1d2e3f4a5b',
      question_id: 'visit-today',
      question_version: 1,
      value: 4,
      day: '2026-11-02',
      day_part: 'morning',
    } as const;
    // From schema 8 on, answers live in slots and `responses` is a view over them.
    if (migration.version >= answerSlots.version) {
      createAnswerPool(old).add({ ...answer, hour: null, repeat: 0 });
    } else {
      old
        .prepare(
          'INSERT INTO responses (id, question_id, question_version, value, day, day_part) VALUES (@id, @question_id, @question_version, @value, @day, @day_part)',
        )
        .run(answer);
    }
    old.close();

    const kiosk = openKiosk({ dataDir, log: silentLog });
    try {
      assert.equal(kiosk.db.pragma('user_version', { simple: true }), latestKiosk);
      assert.equal(kiosk.responses.pendingCount(), 1);
      kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value: 2 });
      assert.equal(kiosk.responses.pendingCount(), 2);
    } finally {
      kiosk.close();
    }
  });
}

for (const migration of staffMigrations.slice(0, -1)) {
  test(`a staff database at schema ${migration.version} (${migration.name}) migrates to ${latestStaff} with its batches`, () => {
    const dataDir = tempDir();
    const old = openDatabase(join(dataDir, staffDatabaseFile), staffMigrations.slice(0, migration.version));
    old.exec(`
      INSERT INTO kiosks (kiosk_id, public_key) VALUES ('MZUH-VLPY-MK6X-O3EP', 'AAAA');
      INSERT INTO batches (kiosk_id, seq, hash, prev_hash, response_count) VALUES ('MZUH-VLPY-MK6X-O3EP', 1, 'h', NULL, 0);
    `);
    old.close();

    const staff = openStaff({ dataDir });
    try {
      assert.equal(staff.db.pragma('user_version', { simple: true }), latestStaff);
      assert.equal(staff.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM batches').get()!.n, 1);
    } finally {
      staff.close();
    }
  });
}
