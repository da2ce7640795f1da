import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../core/errors.ts';
import { staffKeysState } from '../core/staff/keys/sealed-key-store.ts';
import { staffDatabaseFile } from '../core/staff/open-staff.ts';
import { createStaffKeyring, type StaffKeyring } from '../core/staff/keys/staff-keyring.ts';
import { withStaff } from './open-data.ts';
import { passphraseFrom } from './staff-passphrase.ts';

/**
 * The staff keys for `kuulluksi serve --role staff`, settled before the address is printed.
 * Keys in the data folder are opened now, with the passphrase typed once (or read from
 * --passphrase-file), so a wrong one stops the command instead of opening a screen that cannot
 * import. With no keys yet, a new passphrase is chosen now (typed twice on a terminal), and the
 * keys the first-run screen creates or restores are sealed with it.
 */
export async function staffKeysForServe(
  dataDir: string,
  passphraseFile: string | undefined,
): Promise<StaffKeyring> {
  // A folder with no staff database yet is not created here: a refused passphrase leaves nothing behind.
  const firstRun =
    !existsSync(join(dataDir, staffDatabaseFile)) ||
    (await withStaff(dataDir, true, (staff) => staffKeysState(staff.db) === 'none'));
  const keyring = createStaffKeyring(
    passphraseFrom({
      file: passphraseFile,
      flag: 'passphrase-file',
      protects: firstRun ? 'the new staff keys' : 'the staff keys',
      isNew: firstRun,
    }),
  );
  if (firstRun) {
    await keyring.passphrase();
    return keyring;
  }
  const opened = await withStaff(dataDir, true, (staff) => keyring.open(staff.db));
  if (!opened.ok) throw new AppError('not_ready', opened.message);
  return keyring;
}
