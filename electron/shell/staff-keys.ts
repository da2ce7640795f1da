import { join } from 'node:path';
import type { Role } from '../../shared/contract/index.ts';
import type { CoreOptions } from '../core/open-core.ts';
import { createStaffKeyring } from '../core/staff/keys/staff-keyring.ts';
import { loadOrCreateAppPassphrase, type SecretStorage } from './staff-passphrase.ts';

/** The staff key passphrase, as the system encrypted it for this user, in the app's user data folder. */
export const appPassphraseFileName = 'staff-passphrase.bin';

/**
 * What the staff tool opens its keys with in Electron: the random passphrase the system keyring
 * keeps for this user (staff-passphrase.ts), fetched only when the keys are first needed. So a
 * computer without a keyring still starts the app, and the staff screen says what is wrong and
 * what to do, rather than the app stopping with a box at start. The kiosk holds no staff keys.
 */
export function staffKeyOptions(
  role: Role,
  userDataDir: string,
  storage: SecretStorage,
): Pick<CoreOptions, 'staffKeys'> {
  if (role !== 'staff') return {};
  const file = join(userDataDir, appPassphraseFileName);
  return { staffKeys: createStaffKeyring(() => loadOrCreateAppPassphrase(file, storage)) };
}
