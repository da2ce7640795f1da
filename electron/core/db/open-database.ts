import Database from 'better-sqlite3';
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../errors.ts';
import { createPrivateFolder, makeDatabasePrivate } from '../fs/private-files.ts';
import { assertNotNewer, migrate } from './migrate.ts';
import { describeStorageError } from '../storage-errors.ts';
import { isCorruption } from './corruption.ts';
import type { Migration } from './migration.ts';

const journalModes: Record<Journal, string> = { wal: 'wal', rollback: 'delete' };

/** SQLite's code for synchronous=FULL as `PRAGMA synchronous` reads it back. */
const SYNCHRONOUS_FULL = 2;

/** The file failed SQLite's own check: it must be set aside (never deleted), not used. */
export class DamagedDatabaseError extends AppError {
  constructor(message: string, options?: ErrorOptions) {
    super('storage_failed', message, options);
    this.name = 'DamagedDatabaseError';
  }
}

/**
 * How a store keeps its commits durable. `wal`: a write-ahead log, fast and friendly to readers in
 * other processes. `rollback`: a journal of the pages a commit changes, deleted when it commits, for
 * the kiosk, whose files must not keep a log of the order answers arrived in (docs/anonymity.md);
 * it also zeroes whatever SQLite frees (secure_delete).
 */
export type Journal = 'wal' | 'rollback';

/**
 * Opens (or creates) a database file the way every Kuulluksi store needs it: synchronous=FULL with
 * its journal, both read back, because better-sqlite3's WAL default of NORMAL may drop the last
 * commits on power loss, and a client is thanked only after a commit that survives that.
 *
 * Every open runs quick_check. A journal file left behind (a -wal after a clean close checkpoints
 * it away, or a hot -journal) means the last run ended in a crash or power cut; then the full
 * integrity_check runs.
 */
export function openDatabase(
  file: string,
  migrations: readonly Migration[],
  journal: Journal = 'wal',
): Database.Database {
  assertWritableFolder(dirname(file));
  const endedUncleanly = existsSync(`${file}-wal`) || existsSync(`${file}-journal`);
  makeDatabasePrivate(file);
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 5000');
    assertIntact(db, file, endedUncleanly ? 'integrity_check' : 'quick_check');
    assertNotNewer(db, migrations);
    db.pragma(`journal_mode = ${journalModes[journal]}`);
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    if (journal === 'rollback') db.pragma('secure_delete = ON');
    assertDurable(db, journal);
    migrate(db, migrations);
    if (existsSync(`${file}-journal`)) clearLeftoverJournal(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A commit cut off before its journal was complete leaves a journal SQLite need not replay (it
 * never became valid), and SQLite deletes it only at the next write. It still holds the pages as
 * they were before that commit, so the first write happens now: a no-op that rewrites the header.
 */
function clearLeftoverJournal(db: Database.Database): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  db.transaction(() => db.pragma(`user_version = ${version}`)).immediate();
}

/** A read-only or missing drive is not a damaged database: say so, and touch nothing. */
function assertWritableFolder(folder: string): void {
  try {
    createPrivateFolder(folder);
    accessSync(folder, constants.W_OK);
  } catch (error) {
    throw new AppError(
      'storage_failed',
      `The data folder ${folder} cannot be written: ${describeStorageError(error)}.`,
      { cause: error },
    );
  }
}

function assertIntact(db: Database.Database, file: string, check: 'quick_check' | 'integrity_check'): void {
  let verdict: unknown;
  try {
    verdict = db.pragma(check, { simple: true });
  } catch (error) {
    if (isCorruption(error))
      throw new DamagedDatabaseError(`The database ${file} is damaged (${String(error)}).`, { cause: error });
    throw new AppError(
      'storage_failed',
      `The database ${file} cannot be opened: ${describeStorageError(error)}.`,
      { cause: error },
    );
  }
  if (verdict !== 'ok') {
    throw new DamagedDatabaseError(`The database ${file} failed its ${check}: ${String(verdict)}.`);
  }
}

function assertDurable(db: Database.Database, journal: Journal): void {
  const journalMode = db.pragma('journal_mode', { simple: true });
  const synchronous = db.pragma('synchronous', { simple: true });
  if (journalMode !== journalModes[journal] || synchronous !== SYNCHRONOUS_FULL) {
    throw new AppError(
      'storage_failed',
      `The database could not be made durable (journal_mode=${String(journalMode)}, synchronous=${String(synchronous)}); is the data folder on a file system that supports it?`,
    );
  }
}
