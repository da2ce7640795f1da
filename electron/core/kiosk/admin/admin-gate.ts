import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { adminIdleSeconds, lockoutSeconds, wrongPinLimit } from '../../../../shared/admin-access.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import type { ChangeLog } from '../change-log.ts';
import { hashPin, pinMatches } from './pin-hash.ts';

export type AdminAccess = { pinSet: boolean; lockedForSeconds: number | null };
export type WrongPin = { triesLeft: number; lockedForSeconds: number | null };
export type UnlockOutcome = { unlocked: true; token: string } | ({ unlocked: false } & WrongPin);
export type ChangePinOutcome = { changed: true } | ({ changed: false } & WrongPin);

type AccessRow = { pin_hash: string | null; wrong_tries: number; locked_until: string | null };

/**
 * Reception's gate: a PIN checked against its scrypt hash, a lockout after repeated wrong PINs
 * that is kept in the database (so pulling the plug does not reset it), and short-lived sessions
 * that end after a minute without use. Sessions live only in memory: a restart locks the view.
 * Setting, changing and resetting the PIN are logged; the PIN itself never is.
 */
export function createAdminGate(db: Database, clock: Clock, changeLog: ChangeLog) {
  /**
   * Each open session with its last use and the PIN hash it was opened under: a PIN reset by IT
   * from another process (the CLI) or a lockout reached there changes the database, not this
   * map, so every call compares against the database again.
   */
  const sessions = new Map<string, { lastUsed: number; pinHash: string }>();
  const readRow = db.prepare<[], AccessRow>('SELECT pin_hash, wrong_tries, locked_until FROM admin_access');
  // A try is counted before the PIN is checked, so guesses sent in parallel cannot all slip in
  // under the limit while the first ones are still being hashed.
  const countTry = db.prepare<[], { wrong_tries: number }>(
    'UPDATE admin_access SET wrong_tries = wrong_tries + 1 RETURNING wrong_tries',
  );
  const lockUntil = db.prepare('UPDATE admin_access SET wrong_tries = 0, locked_until = ?');
  const storePin = db.prepare('UPDATE admin_access SET pin_hash = ?, wrong_tries = 0, locked_until = NULL');
  // Only where none is set: two first PINs typed at once cannot both win while being hashed.
  const storeFirstPin = db.prepare('UPDATE admin_access SET pin_hash = ? WHERE pin_hash IS NULL');

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
    return { pinSet: row.pin_hash !== null, lockedForSeconds: lockedForSeconds(row) };
  }

  /** The first PIN, chosen on the kiosk itself; once one exists only the old PIN or IT can change it. */
  async function setFirstPin(pin: string): Promise<{ token: string }> {
    const hash = await hashPin(pin);
    const stored = db.transaction(() => {
      if (storeFirstPin.run(hash).changes !== 1) return false;
      changeLog.record('pin', 'set');
      return true;
    })();
    if (!stored) {
      throw new AppError(
        'conflict',
        'A PIN is already set. Enter it, or ask IT to reset it with "kuulluksi kiosk config --pin".',
      );
    }
    return { token: openSession() };
  }

  /** A new PIN from outside the kiosk screen (the CLI): clears any lockout and ends open sessions. */
  async function resetPin(pin: string): Promise<void> {
    const hash = await hashPin(pin);
    db.transaction(() => {
      storePin.run(hash);
      changeLog.record('pin', 'reset');
    })();
    sessions.clear();
  }

  /**
   * Checks a PIN typed on the pad, counting the try first. The last allowed wrong try locks the
   * pad and ends every open admin session: whoever is guessing may be standing at an open one.
   */
  async function checkPin(pin: string): Promise<{ matched: true } | ({ matched: false } & WrongPin)> {
    const row = readRow.get()!;
    if (row.pin_hash === null) throw new AppError('not_ready', 'No PIN has been chosen yet.');
    const locked = lockedForSeconds(row);
    if (locked !== null) return { matched: false, triesLeft: 0, lockedForSeconds: locked };
    const tries = countTry.get()!.wrong_tries;
    if (tries <= wrongPinLimit && (await pinMatches(pin, row.pin_hash))) {
      lockUntil.run(null);
      return { matched: true };
    }
    if (tries >= wrongPinLimit) {
      lockUntil.run(new Date(now() + lockoutSeconds * 1000).toISOString());
      sessions.clear();
      return { matched: false, triesLeft: 0, lockedForSeconds: lockoutSeconds };
    }
    return { matched: false, triesLeft: wrongPinLimit - tries, lockedForSeconds: null };
  }

  async function unlock(pin: string): Promise<UnlockOutcome> {
    const checked = await checkPin(pin);
    if (checked.matched) return { unlocked: true, token: openSession() };
    return { unlocked: false, triesLeft: checked.triesLeft, lockedForSeconds: checked.lockedForSeconds };
  }

  /**
   * A new PIN chosen in the admin view, which asks for the current one again: a wrong current PIN
   * counts towards the lockout like any other. Other open sessions end; the caller's stays open.
   */
  async function changePin(token: string, currentPin: string, newPin: string): Promise<ChangePinOutcome> {
    authorize(token);
    const checked = await checkPin(currentPin);
    if (!checked.matched)
      return { changed: false, triesLeft: checked.triesLeft, lockedForSeconds: checked.lockedForSeconds };
    const hash = await hashPin(newPin);
    // A lockout reached by guesses elsewhere while hashing ended this session too.
    authorize(token);
    db.transaction(() => {
      storePin.run(hash);
      changeLog.record('pin', 'changed');
    })();
    for (const other of sessions.keys()) if (other !== token) sessions.delete(other);
    sessions.set(token, { lastUsed: now(), pinHash: hash });
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

  return { access, setFirstPin, resetPin, unlock, changePin, authorize, lock };
}

export type AdminGate = ReturnType<typeof createAdminGate>;
