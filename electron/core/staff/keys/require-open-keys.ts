import type { Database } from 'better-sqlite3';
import { AppError } from '../../errors.ts';
import type { StaffIdentity } from './staff-identity.ts';
import type { StaffKeyring } from './staff-keyring.ts';

/**
 * The open staff keys for work that needs them, or a refusal that says what was not done and
 * why the keys are not open (none yet, a locked keyring, a wrong passphrase), in one sentence.
 */
export async function openStaffKeysFor(
  db: Database,
  keyring: StaffKeyring,
  notDone: string,
): Promise<StaffIdentity> {
  const opened = await keyring.open(db);
  if (!opened.ok)
    throw new AppError('not_ready', `${notDone}: the staff keys are not open. ${opened.message}`);
  return opened.identity;
}
