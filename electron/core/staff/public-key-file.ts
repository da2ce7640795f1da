import { writeFileDurably } from '../fs/write-file-durably.ts';
import { staffPublicKey, type StaffIdentity } from './identity.ts';
import type { StaffKeyFile } from '../keys/staff-key-file.ts';

/** Writes the public staff key file kiosks are paired with (`kuulluksi kiosk pair --staff FILE`); never overwrites. */
export async function writeStaffPublicKeyFile(file: string, identity: StaffIdentity): Promise<StaffKeyFile> {
  const publicKey = staffPublicKey(identity);
  await writeFileDurably(file, Buffer.from(JSON.stringify(publicKey, null, 2) + '\n'), { exclusive: true });
  return publicKey;
}
