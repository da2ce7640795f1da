import type { Database } from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { adminIdleSeconds, lockoutSeconds, wrongPinLimit } from '../../../../shared/admin-access.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { hashPin, pinMatches } from './pin-hash.ts';

export type AdminAccess = { pinSet: boolean; lockedForSeconds: number | null };
export type UnlockOutcome = { unlocked: true; token: string } | { unlocked: false; triesLeft: number; lockedForSeconds: number | null };

type AccessRow = { pin_hash: string | null; wrong_tries: number; locked_until: string | null };

/**
 * Reception's gate: a PIN checked against its scrypt hash, a lockout after repeated wrong PINs
 * that is kept in the database (so pulling the plug does not reset it), and short-lived sessions
 * that end after a minute without use. Sessions live only in memory: a restart locks the view.
 */
export function createAdminGate(db: Database, clock: Clock) {
  const sessions = new Map<string, number>();
  const readRow = db.prepare<[], AccessRow>('SELECT pin_hash, wrong_tries, locked_until FROM admin_access');
  // A try is counted before the PIN is checked, so guesses sent in parallel cannot all slip in
  // under the limit while the first ones are still being hashed.
  const countTry = db.prepare<[], { wrong_tries: number }>('UPDATE admin_access SET wrong_tries = wrong_tries + 1 RETURNING wrong_tries');
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
    sessions.set(token, now());
    return token;
  }

  function access(): AdminAccess {
    const row = readRow.get()!;
    return { pinSet: row.pin_hash !== null, lockedForSeconds: lockedForSeconds(row) };
  }

  /** The first PIN, chosen on the kiosk itself; once one exists only the old PIN or IT can change it. */
  async function setFirstPin(pin: string): Promise<{ token: string }> {
    if (storeFirstPin.run(await hashPin(pin)).changes !== 1) {
      throw new AppError('conflict', 'A PIN is already set. Enter it, or ask IT to reset it with "kuulluksi kiosk config --pin".');
    }
    return { token: openSession() };
  }

  /** A new PIN from outside the kiosk screen (the CLI): clears any lockout and ends open sessions. */
  async function resetPin(pin: string): Promise<void> {
    storePin.run(await hashPin(pin));
    sessions.clear();
  }

  async function unlock(pin: string): Promise<UnlockOutcome> {
    const row = readRow.get()!;
    if (row.pin_hash === null) throw new AppError('not_ready', 'No PIN has been chosen yet.');
    const locked = lockedForSeconds(row);
    if (locked !== null) return { unlocked: false, triesLeft: 0, lockedForSeconds: locked };
    const tries = countTry.get()!.wrong_tries;
    if (tries <= wrongPinLimit && (await pinMatches(pin, row.pin_hash))) {
      lockUntil.run(null);
      return { unlocked: true, token: openSession() };
    }
    if (tries >= wrongPinLimit) {
      lockUntil.run(new Date(now() + lockoutSeconds * 1000).toISOString());
      return { unlocked: false, triesLeft: 0, lockedForSeconds: lockoutSeconds };
    }
    return { unlocked: false, triesLeft: wrongPinLimit - tries, lockedForSeconds: null };
  }

  /** Lets an admin call through if its session is open and was used within the idle limit. */
  function authorize(token: string): void {
    const lastUsed = sessions.get(token);
    if (lastUsed === undefined || now() - lastUsed > adminIdleSeconds * 1000) {
      sessions.delete(token);
      throw new AppError('forbidden', 'The admin view has locked itself. Enter the PIN again.');
    }
    sessions.set(token, now());
  }

  function lock(token: string): void {
    sessions.delete(token);
  }

  return { access, setFirstPin, resetPin, unlock, authorize, lock };
}

export type AdminGate = ReturnType<typeof createAdminGate>;
