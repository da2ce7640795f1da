import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertNoStaffKeys } from '../core/staff/keys/sealed-key-store.ts';
import { staffDatabaseFile } from '../core/staff/open-staff.ts';
import { withStaff } from './open-data.ts';

/*
 * Checks a command makes before it asks for a passphrase or creates anything, so that input it
 * will refuse anyway changes nothing, not even by leaving an empty data folder behind.
 */

/** Refuses a data folder that already has staff keys; one without a staff database has none. */
export async function assertNoStaffKeysIn(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, staffDatabaseFile)))
    await withStaff(dataDir, true, (staff) => assertNoStaffKeys(staff.db));
}
