import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { openDatabase } from '../../../../../electron/core/db/open-database.ts';
import { kioskMigrations } from '../../../../../electron/core/kiosk/migrations/index.ts';
import { lanReceiver } from '../../../../../electron/core/kiosk/migrations/009-lan-receiver.ts';
import { tempDir } from '../../../../helpers/temp-dir.ts';

const before = kioskMigrations.slice(0, lanReceiver.version - 1);

test('migration 009: batches written before it went on a stick, the rest have not left; no staff PC yet', () => {
  const file = join(tempDir(), 'kiosk.sqlite3');
  const old = openDatabase(file, before, 'rollback');
  old.exec(`
    INSERT INTO batches (seq, hash, file_name, ciphertext, response_count, written, written_day)
      VALUES (1, 'a', 'f1', X'00', 3, 1, '2026-11-02'), (2, 'b', 'f2', X'00', 2, 0, NULL);
  `);
  old.close();

  const db = openDatabase(file, kioskMigrations, 'rollback');
  try {
    assert.deepEqual(db.prepare('SELECT seq, written, route FROM batches ORDER BY seq').raw().all(), [
      [1, 1, 'stick'],
      [2, 0, null],
    ]);
    assert.equal(db.prepare('SELECT count(*) FROM lan_receiver').pluck().get(), 0);
  } finally {
    db.close();
  }
});

test('migration 009: one staff PC at most, in a known state, and a route is a stick or the LAN', () => {
  const db = openDatabase(join(tempDir(), 'kiosk.sqlite3'), kioskMigrations, 'rollback');
  try {
    const insert = db.prepare(
      "INSERT INTO lan_receiver (singleton, address, receiver_key, name, staff_keys, state) VALUES (?, '127.0.0.1:4781', 'k', 'PC', '[]', ?)",
    );
    insert.run(1, 'waiting');
    assert.throws(() => insert.run(1, 'paired'), /UNIQUE/);
    assert.throws(() => insert.run(2, 'paired'), /CHECK/);
    assert.throws(() => db.prepare("UPDATE lan_receiver SET state = 'trusted'").run(), /CHECK/);
    assert.throws(() => db.prepare('UPDATE lan_receiver SET applied_serial = -1').run(), /CHECK/);
    db.exec(
      "INSERT INTO batches (seq, hash, file_name, ciphertext, response_count) VALUES (1, 'a', 'f', X'00', 1)",
    );
    assert.throws(() => db.prepare("UPDATE batches SET route = 'email'").run(), /CHECK/);
  } finally {
    db.close();
  }
});
