import Database from 'better-sqlite3';
import type { Clock } from '../clock.ts';
import { DamagedDatabaseError, openDatabase } from '../db/open-database.ts';
import { setAsideDamagedDatabase } from '../db/set-aside.ts';
import { staffKeyFileSchema } from '../keys/staff-public-key-format.ts';
import type { Log } from '../log.ts';
import { coarseTime } from '../time/coarse-time.ts';
import { describeStorageError } from '../storage-errors.ts';
import { kioskMigrations } from './migrations/index.ts';
import { recordStoreSetAside } from './store-events.ts';

type PairingRow = { age_recipient: string; signing_key: string; fingerprint: string };

/**
 * Opens the kiosk database. One that fails its check is set aside, never deleted, and a fresh
 * one takes its place so the kiosk keeps taking answers; the event is recorded for the admin
 * screen and the next batch. The pairing is carried over when it can still be read and proves
 * valid, so batches keep reaching staff; the kiosk key is not (a fresh key starts a fresh,
 * unbroken chain of batches).
 */
export function openKioskDatabase(file: string, clock: Clock, log: Log): Database.Database {
  try {
    return compacted(openDatabase(file, kioskMigrations, 'rollback'), log);
  } catch (error) {
    if (!(error instanceof DamagedDatabaseError)) throw error;
    const pairing = salvagePairing(file);
    const movedTo = setAsideDamagedDatabase(file);
    log('error', `${error.message} It was moved to ${movedTo} and a fresh database was started.`);
    const db = openDatabase(file, kioskMigrations, 'rollback');
    db.transaction(() => {
      recordStoreSetAside(db, coarseTime(clock()).day);
      const pair = db.prepare(
        'INSERT INTO staff_recipients (age_recipient, signing_key, fingerprint) VALUES (?, ?, ?)',
      );
      for (const row of pairing) pair.run(row.age_recipient, row.signing_key, row.fingerprint);
    })();
    return db;
  }
}

/**
 * Rebuilds the file when it has free pages. The kiosk zeroes what it frees, but pages freed before
 * it did (by an older version, or by the move of answers into slots) may still hold old answers in
 * the order they came; a rebuild leaves no free page at all (docs/anonymity.md).
 */
function compacted(db: Database.Database, log: Log): Database.Database {
  if ((db.pragma('freelist_count', { simple: true }) as number) === 0) return db;
  try {
    db.exec('VACUUM');
  } catch (error) {
    // A rebuild needs room for a second copy; a kiosk short of disk keeps taking answers and tries
    // again at the next start.
    log('warn', `The kiosk database could not be compacted: ${describeStorageError(error)}.`);
  }
  return db;
}

/** The staff keys a damaged database still holds, each checked as a key file would be. */
function salvagePairing(file: string): PairingRow[] {
  try {
    const damaged = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return damaged
        .prepare<[], PairingRow>('SELECT age_recipient, signing_key, fingerprint FROM staff_recipients')
        .all()
        .filter(
          (row) =>
            staffKeyFileSchema.safeParse({
              format: 'kuulluksi-staff-key',
              version: 1,
              ageRecipient: row.age_recipient,
              signingKey: row.signing_key,
              fingerprint: row.fingerprint,
            }).success,
        );
    } finally {
      damaged.close();
    }
  } catch {
    return [];
  }
}
