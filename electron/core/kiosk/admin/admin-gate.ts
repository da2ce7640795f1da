import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import {
  adminIdleSeconds,
  lockoutDetail,
  lockoutSecondsAfterRound,
  pinLength,
  wrongPinLimit,
} from '../../../../shared/admin-access.ts';
import type { Output } from '../../../../shared/contract/index.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import type { Log } from '../../log.ts';
import type { ChangeLog } from '../change-log.ts';
import { kioskIsNew } from './first-pin-rule.ts';
import { prepareNewPin, type PreparedPin } from './new-pin.ts';
import { oneAtATime } from './one-at-a-time.ts';
import { pinMatches } from './pin-hash.ts';

export type AdminAccess = Output<'admin.access'>;
export type WrongPin = { triesLeft: number; lockedForSeconds: number | null };
export type UnlockOutcome =
  { unlocked: true; token: string; pinTooShort: boolean } | ({ unlocked: false } & WrongPin);
export type ChangePinOutcome = { changed: true } | ({ changed: false } & WrongPin);

type AccessRow = { pin_hash: string | null; wrong_tries: number; locked_until: string | null };
type Checked = { matched: true } | ({ matched: false } & WrongPin);

/**
 * Reception's gate: a PIN checked against its scrypt hash, a lockout after each round of wrong
 * PINs that doubles every round and is kept in the database (so pulling the plug resets
 * nothing), and short-lived sessions that end after a minute without use. Sessions live only in
 * memory: a restart locks the view. Setting, changing and resetting the PIN are logged, and so is
 * every lockout; the PIN itself never is.
 */
export function createAdminGate(db: Database, clock: Clock, changeLog: ChangeLog, log: Log) {
  /**
   * Each open session with its last use and the PIN hash it was opened under: a PIN reset by IT
   * from another process (the CLI) or a lockout reached there changes the database, not this
   * map, so every call compares against the database again.
   */
  const sessions = new Map<string, { lastUsed: number; pinHash: string }>();
  const readRow = db.prepare<[], AccessRow>('SELECT pin_hash, wrong_tries, locked_until FROM admin_access');
  const countTry = db.prepare<[], { wrong_tries: number }>(
    'UPDATE admin_access SET wrong_tries = wrong_tries + 1 RETURNING wrong_tries',
  );
  const lockUntil = db.prepare('UPDATE admin_access SET locked_until = ?');
  const clearTries = db.prepare('UPDATE admin_access SET wrong_tries = 0, locked_until = NULL');
  const storePin = db.prepare('UPDATE admin_access SET pin_hash = ?, wrong_tries = 0, locked_until = NULL');
  const checkingOneAtATime = oneAtATime();

  const now = () => clock().getTime();

  function lockedForSeconds(row: AccessRow): number | null {
    if (row.locked_until === null) return null;
    const left = Math.ceil((Date.parse(row.locked_until) - now()) / 1000);
    return left > 0 ? left : null;
  }

  function openSession(): string {
    const token = randomBytes(32).toString('base64url');
    sessions.set(token, { lastUsed: now(), pinHash: readRow.get()!.pin_hash! });
    return token;
  }

  function access(): AdminAccess {
    const row = readRow.get()!;
    const pin = row.pin_hash !== null ? 'set' : kioskIsNew(db) ? 'choose' : 'ask-it';
    return { pin, lockedForSeconds: lockedForSeconds(row) };
  }

  /**
   * The first PIN, chosen on the kiosk itself, and only while the kiosk is new (first-pin-rule.ts).
   * Checked and stored in one transaction: two first PINs typed at once cannot both win, nor one
   * slip in after the kiosk took its first answer. Once one exists only the old PIN or IT change it.
   */
  async function setFirstPin(pin: string): Promise<{ token: string }> {
    const { hashOfNewPin } = await prepareNewPin(pin);
    db.transaction(() => {
      if (readRow.get()!.pin_hash !== null) {
        throw new AppError(
          'conflict',
          'A PIN is already set. Enter it, or ask IT to replace it with "kuulluksi kiosk config --set-pin-file FILE --replace-pin".',
        );
      }
      if (!kioskIsNew(db)) {
        throw new AppError(
          'forbidden',
          'This kiosk has already taken answers, so only IT can set its first PIN, with "kuulluksi kiosk config --set-pin-file FILE".',
        );
      }
      storePin.run(hashOfNewPin);
      changeLog.record('pin', 'set');
    }).immediate();
    return { token: openSession() };
  }

  /**
   * A PIN set by IT from the command line, within the caller's transaction. It replaces the one
   * reception has only when `replace` says so; then any lockout ends, and so do open sessions:
   * here at once, in a running kiosk at their next call.
   */
  function setPinFromIt(
    { hashOfNewPin }: PreparedPin,
    { replace }: { replace: boolean },
  ): 'set' | 'replaced' {
    const outcome = db.transaction(() => {
      const hadPin = readRow.get()!.pin_hash !== null;
      if (hadPin && !replace) {
        throw new AppError(
          'conflict',
          'This kiosk already has a PIN, and it is replaced only when asked to.',
        );
      }
      storePin.run(hashOfNewPin);
      changeLog.record('pin', hadPin ? 'reset' : 'set-by-it');
      return hadPin ? 'replaced' : 'set';
    })();
    sessions.clear();
    return outcome;
  }

  /**
   * Locks the pad after a round of wrong PINs, for twice as long as the round before (the count
   * of wrong tries in a row says which round this is), and says so in the kiosk's log for IT and
   * in the change log for reception. Every open session ends: whoever guesses may stand at one.
   */
  function lockOut(wrongTries: number): number {
    const seconds = lockoutSecondsAfterRound(wrongTries / wrongPinLimit);
    db.transaction(() => {
      lockUntil.run(new Date(now() + seconds * 1000).toISOString());
      changeLog.record('pin', lockoutDetail(seconds));
    })();
    sessions.clear();
    log(
      'warn',
      `The admin PIN pad is locked for ${seconds / 60} minutes after ${wrongTries} wrong PINs in a row.`,
    );
    return seconds;
  }

  /**
   * Checks a PIN typed on the pad. The try is counted before the slow check, so pulling the plug
   * mid-check does not take it back; checks run one at a time, so guesses sent all at once meet
   * the lock that the end of a round sets. Wrong tries keep counting across lockouts, and only a
   * right PIN (or IT) clears them.
   */
  function checkPin(pin: string): Promise<Checked> {
    return checkingOneAtATime(async (): Promise<Checked> => {
      const row = readRow.get()!;
      if (row.pin_hash === null) throw new AppError('not_ready', 'No PIN has been chosen yet.');
      const locked = lockedForSeconds(row);
      if (locked !== null) return { matched: false, triesLeft: 0, lockedForSeconds: locked };
      const tries = countTry.get()!.wrong_tries;
      if (await pinMatches(pin, row.pin_hash)) {
        clearTries.run();
        return { matched: true };
      }
      const triesLeft = wrongPinLimit - (tries % wrongPinLimit);
      if (triesLeft < wrongPinLimit) return { matched: false, triesLeft, lockedForSeconds: null };
      return { matched: false, triesLeft: 0, lockedForSeconds: lockOut(tries) };
    });
  }

  async function unlock(pin: string): Promise<UnlockOutcome> {
    const checked = await checkPin(pin);
    if (!checked.matched)
      return { unlocked: false, triesLeft: checked.triesLeft, lockedForSeconds: checked.lockedForSeconds };
    // Known here, from the PIN just typed, and nowhere else: the length of the PIN is never stored.
    return { unlocked: true, token: openSession(), pinTooShort: pin.length < pinLength.newMin };
  }

  /**
   * A new PIN chosen in the admin view, which asks for the current one again: a wrong current PIN
   * counts towards the lockout like any other. A new PIN that breaks the rule is refused before
   * the current one is checked, so it costs no try. Other open sessions end; the caller's stays.
   */
  async function changePin(token: string, currentPin: string, newPin: string): Promise<ChangePinOutcome> {
    authorize(token);
    const { hashOfNewPin } = await prepareNewPin(newPin);
    const checked = await checkPin(currentPin);
    if (!checked.matched)
      return { changed: false, triesLeft: checked.triesLeft, lockedForSeconds: checked.lockedForSeconds };
    // A lockout reached by guesses elsewhere meanwhile ended this session too.
    authorize(token);
    db.transaction(() => {
      storePin.run(hashOfNewPin);
      changeLog.record('pin', 'changed');
    })();
    for (const other of sessions.keys()) if (other !== token) sessions.delete(other);
    sessions.set(token, { lastUsed: now(), pinHash: hashOfNewPin });
    return { changed: true };
  }

  /**
   * Lets an admin call through if its session is open, was used within the idle limit, and the
   * PIN is still the one it was opened with and not locked out.
   */
  function authorize(token: string): void {
    const session = sessions.get(token);
    const row = readRow.get()!;
    const stillValid =
      session !== undefined &&
      now() - session.lastUsed <= adminIdleSeconds * 1000 &&
      session.pinHash === row.pin_hash &&
      lockedForSeconds(row) === null;
    if (!stillValid) {
      sessions.delete(token);
      throw new AppError('forbidden', 'The admin view has locked itself. Enter the PIN again.');
    }
    session.lastUsed = now();
  }

  function lock(token: string): void {
    sessions.delete(token);
  }

  return {
    access,
    setFirstPin,
    prepareNewPin,
    setPinFromIt,
    unlock,
    changePin,
    authorize,
    lock,
  };
}

export type AdminGate = ReturnType<typeof createAdminGate>;
