import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../core/errors.ts';
import { kioskDatabaseFile, openKiosk, type Kiosk } from '../core/kiosk/open-kiosk.ts';
import { openStaff, staffDatabaseFile, type Staff } from '../core/staff/open-staff.ts';

/**
 * Opens a data folder for one command and always closes it. `mustExist` is for commands that
 * only read what is there: a mistyped --data must not quietly start a new, empty store.
 */
export function withKiosk<T>(
  dataDir: string,
  mustExist: boolean,
  work: (kiosk: Kiosk) => Promise<T> | T,
): Promise<T> {
  if (mustExist) assertDataExists(dataDir, kioskDatabaseFile, 'kuulluksi kiosk pair');
  return closingAfter(openKiosk({ dataDir }), work);
}

export function withStaff<T>(
  dataDir: string,
  mustExist: boolean,
  work: (staff: Staff) => Promise<T> | T,
): Promise<T> {
  if (mustExist) assertDataExists(dataDir, staffDatabaseFile, 'kuulluksi staff init');
  return closingAfter(openStaff({ dataDir }), work);
}

async function closingAfter<S extends { close(): void }, T>(
  store: S,
  work: (store: S) => Promise<T> | T,
): Promise<T> {
  try {
    return await work(store);
  } finally {
    store.close();
  }
}

function assertDataExists(dataDir: string, databaseFile: string, setUpWith: string): void {
  if (!existsSync(join(dataDir, databaseFile))) {
    throw new AppError(
      'not_found',
      `${dataDir} holds no Kuulluksi data yet; set it up with "${setUpWith}" first.`,
    );
  }
}
