import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../errors.ts';
import { assertNotNewer, migrate } from './migrate.ts';
import type { Migration } from './migration.ts';

/** SQLite's code for synchronous=FULL as `PRAGMA synchronous` reads it back. */
const SYNCHRONOUS_FULL = 2;

/**
 * Opens (or creates) a database file the way every Kuulluksi store needs it: WAL with
 * synchronous=FULL, both read back, because better-sqlite3's WAL default of NORMAL may drop the
 * last commits on power loss, and a client is thanked only after a commit that survives that.
 */
export function openDatabase(file: string, migrations: readonly Migration[]): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    assertIntact(db, file);
    assertNotNewer(db, migrations);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    assertDurable(db);
    migrate(db, migrations);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function assertIntact(db: Database.Database, file: string): void {
  let verdict: unknown;
  try {
    verdict = db.pragma('quick_check', { simple: true });
  } catch (error) {
    throw new AppError('storage_failed', `The database ${file} cannot be read (${String(error)}).`, { cause: error });
  }
  if (verdict !== 'ok') {
    throw new AppError('storage_failed', `The database ${file} failed its integrity check: ${String(verdict)}.`);
  }
}

function assertDurable(db: Database.Database): void {
  const journalMode = db.pragma('journal_mode', { simple: true });
  const synchronous = db.pragma('synchronous', { simple: true });
  if (journalMode !== 'wal' || synchronous !== SYNCHRONOUS_FULL) {
    throw new AppError(
      'storage_failed',
      `The database could not be made durable (journal_mode=${String(journalMode)}, synchronous=${String(synchronous)}); is the data folder on a file system that supports it?`,
    );
  }
}
