import type { Database } from 'better-sqlite3';
import type { Output } from '../../../../shared/contract/index.ts';
import { AppError } from '../../errors.ts';
import { fingerprint } from '../../keys/fingerprint.ts';
import { storedSigningPublicKey } from './sealed-key-store.ts';
import type { StaffKeyring } from './staff-keyring.ts';

type KeysView = Output<'staff.keys'>;

/**
 * What the staff screen needs before anything else: whether there are keys, whether they are
 * open, the staff key code, or the problem in a sentence. Opening them here, at the screen's
 * first call, is what makes the one-second unsealing happen once and before staff need it.
 */
export async function describeStaffKeys(db: Database, keyring: StaffKeyring): Promise<KeysView> {
  const keyCode = storedKeyCode(db);
  const opened = await keyring.open(db);
  if (opened.ok) return { state: 'unlocked', keyCode, problem: null };
  if (opened.problem !== 'no-keys')
    return { state: 'locked', keyCode, problem: { kind: opened.problem, message: opened.message } };
  // First run: new keys are sealed with the launcher's passphrase, so a missing one is said now,
  // before staff fill in a form that could not succeed.
  try {
    await keyring.passphrase();
    return { state: 'none', keyCode: null, problem: null };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return {
      state: 'none',
      keyCode: null,
      problem: { kind: 'passphrase-unavailable', message: error.message },
    };
  }
}

/** The code kiosks were paired with (the fingerprint of the staff signing key), readable while locked. */
function storedKeyCode(db: Database): string | null {
  const publicKey = storedSigningPublicKey(db);
  return publicKey === null ? null : fingerprint(publicKey);
}
