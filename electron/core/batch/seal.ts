import type { SigningKeyPair } from '../keys/ed25519.ts';
import { encryptTo } from './age.ts';
import type { BatchBody } from './format.ts';
import { signAndHash } from './signature.ts';

/** Signs a batch with the kiosk key and encrypts it to the staff recipients the body names. */
export async function sealBatch(
  body: BatchBody,
  keys: SigningKeyPair,
): Promise<{ hash: string; ciphertext: Uint8Array }> {
  const { file, hash } = signAndHash(body, keys);
  const plaintext = Buffer.from(JSON.stringify(file), 'utf8');
  return { hash, ciphertext: await encryptTo(body.recipients, plaintext) };
}
