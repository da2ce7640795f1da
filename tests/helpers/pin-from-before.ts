import type { Database } from 'better-sqlite3';
import { hashPin } from '../../electron/core/kiosk/admin/pin-hash.ts';

/**
 * Stores a PIN as a kiosk did before new PINs needed six digits, so that a 4- or 5-digit one is
 * in use, as it may be on a kiosk updated since: nothing today makes one. Only the hash is
 * written, as the core wrote it then.
 */
export async function storePinFromBefore(db: Database, pin: string): Promise<void> {
  db.prepare('UPDATE admin_access SET pin_hash = ?, wrong_tries = 0, locked_until = NULL').run(
    await hashPin(pin),
  );
}
