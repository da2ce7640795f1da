import { writeFileDurably } from '../../fs/write-file-durably.ts';
import { staffPublicKey, type StaffIdentity } from './staff-identity.ts';
import type { StaffKeyFile } from '../../keys/staff-public-key-format.ts';

/** Writes the public staff key file kiosks are paired with (`kuulluksi kiosk pair --staff FILE`); never overwrites. */
export async function writeStaffPublicKeyFile(file: string, identity: StaffIdentity): Promise<StaffKeyFile> {
  const publicKey = staffPublicKey(identity);
  await writeFileDurably(file, Buffer.from(JSON.stringify(publicKey, null, 2) + '\n'), { exclusive: true });
  return publicKey;
}
