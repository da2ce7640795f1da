import type { Database } from 'better-sqlite3';
import type { Input, Output } from '../../../../shared/contract/index.ts';
import { assertNewFile } from '../../fs/assert-new-file.ts';
import { openStaffKeysFor } from './require-open-keys.ts';
import { writeStaffPublicKeyFile } from './write-public-key-file.ts';
import type { StaffKeyring } from './staff-keyring.ts';

/**
 * The public staff key file again, to pair a new kiosk when the first-run copy is lost. It is
 * made from the open keys, not from the public half stored beside them, because opening checks
 * that the two match: a kiosk paired with it encrypts to keys that are really here.
 */
export async function writePublicKeyAgain(
  db: Database,
  keyring: StaffKeyring,
  { publicKeyFile }: Input<'staff.writePublicKey'>,
): Promise<Output<'staff.writePublicKey'>> {
  await assertNewFile(publicKeyFile, 'publicKeyFile');
  const identity = await openStaffKeysFor(db, keyring, 'No public key file was written');
  const publicKey = await writeStaffPublicKeyFile(publicKeyFile, identity);
  return { keyCode: publicKey.fingerprint, publicKeyFile };
}
