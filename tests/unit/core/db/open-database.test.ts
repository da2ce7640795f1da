import assert from 'node:assert/strict';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { openDatabase } from '../../../../electron/core/db/open-database.ts';
import type { Migration } from '../../../../electron/core/db/migration.ts';
import { AppError } from '../../../../electron/core/errors.ts';
import { kioskMigrations } from '../../../../electron/core/kiosk/migrations/index.ts';
import { tempDir } from '../../../helpers/temp-dir.ts';

test('a database opens in WAL with synchronous=FULL, read back from SQLite itself', () => {
  const db = openDatabase(join(tempDir(), 'k.sqlite3'), kioskMigrations);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('synchronous', { simple: true }), 2);
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  db.close();
});

test('a rollback store deletes its journal at each commit, zeroes what it frees, and is as durable', () => {
  const folder = tempDir();
  const db = openDatabase(join(folder, 'k.sqlite3'), kioskMigrations, 'rollback');
  assert.equal(db.pragma('journal_mode', { simple: true }), 'delete');
  assert.equal(db.pragma('secure_delete', { simple: true }), 1);
  assert.equal(db.pragma('synchronous', { simple: true }), 2);
  db.prepare("INSERT INTO change_log (at, subject, detail) VALUES ('2026-11-17T14:05', 'pin', 'x')").run();
  assert.deepEqual(readdirSync(folder), ['k.sqlite3'], 'no journal outlives its commit');
  db.close();
});

test('migrations run in order and user_version records the newest', () => {
  const applied: number[] = [];
  const steps: Migration[] = [1, 2, 3].map((version) => ({
    version,
    name: `step-${version}`,
    up: (db) => {
      applied.push(version);
      db.exec(`CREATE TABLE t${version} (x INTEGER) STRICT`);
    },
  }));
  const file = join(tempDir(), 'm.sqlite3');
  openDatabase(file, steps.slice(0, 2)).close();
  const db = openDatabase(file, steps);
  assert.deepEqual(applied, [1, 2, 3]);
  assert.equal(db.pragma('user_version', { simple: true }), 3);
  db.close();
});

test('a failing migration leaves the database at the last whole version', () => {
  const file = join(tempDir(), 'f.sqlite3');
  const steps: Migration[] = [
    { version: 1, name: 'ok', up: (db) => db.exec('CREATE TABLE a (x INTEGER) STRICT') },
    {
      version: 2,
      name: 'breaks halfway',
      up: (db) => {
        db.exec('CREATE TABLE b (x INTEGER) STRICT');
        throw new Error('boom');
      },
    },
  ];
  assert.throws(() => openDatabase(file, steps), /boom/);
  const raw = new Database(file, { readonly: true });
  assert.equal(raw.pragma('user_version', { simple: true }), 1);
  assert.equal(
    raw.prepare<[], { n: number }>("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'b'").get()!.n,
    0,
  );
  raw.close();
});

test('a database written by a newer version is refused and left byte for byte untouched', () => {
  const file = join(tempDir(), 'newer.sqlite3');
  openDatabase(file, kioskMigrations).close();
  const raw = new Database(file);
  raw.pragma('user_version = 99');
  raw.pragma('journal_mode = DELETE');
  raw.close();
  const before = readFileSync(file);
  assert.throws(
    () => openDatabase(file, kioskMigrations),
    (error: unknown) => error instanceof AppError && /newer Kuulluksi \(schema 99/.test(error.message),
  );
  assert.deepEqual(readFileSync(file), before);
});

test('a damaged database file fails its check on open with a storage error', () => {
  const file = join(tempDir(), 'damaged.sqlite3');
  const db = openDatabase(file, kioskMigrations);
  db.pragma('journal_mode = DELETE');
  db.close();
  const bytes = readFileSync(file);
  bytes.fill(0x55, 4096, bytes.length);
  writeFileSync(file, bytes);
  assert.throws(
    () => openDatabase(file, kioskMigrations),
    (error: unknown) => error instanceof AppError && error.code === 'storage_failed',
  );
});
