import Database from 'better-sqlite3';
import type { Clock } from '../clock.ts';
import { DamagedDatabaseError, openDatabase } from '../db/open-database.ts';
import { setAsideDamagedDatabase } from '../db/set-aside.ts';
import { staffKeyFileSchema } from '../keys/staff-public-key-format.ts';
import type { Log } from '../log.ts';
import { coarseTime } from '../time/coarse-time.ts';
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
    return openDatabase(file, kioskMigrations);
  } catch (error) {
    if (!(error instanceof DamagedDatabaseError)) throw error;
    const pairing = salvagePairing(file);
    const movedTo = setAsideDamagedDatabase(file);
    log('error', `${error.message} It was moved to ${movedTo} and a fresh database was started.`);
    const db = openDatabase(file, kioskMigrations);
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
