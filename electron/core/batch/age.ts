import { Decrypter, Encrypter } from 'age-encryption';

/** Encrypts to every recipient; any one of their identities can decrypt, the kiosk's cannot. */
export async function encryptTo(recipients: readonly string[], plaintext: Uint8Array): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  return encrypter.encrypt(plaintext);
}

/**
 * Why a file did not decrypt. `no-stanza-opens`: no recipient stanza opens with the identity, so
 * the file was made for other keys (a stanza damaged in its own bytes looks the same: age cannot
 * tell the two apart). `damaged`: the header cannot be read, or a stanza opened and what follows
 * it fails age's checks (the header MAC, a payload chunk, or the end of the payload missing).
 */
export type AgeFailure = 'no-stanza-opens' | 'damaged';

export class AgeDecryptionError extends Error {
  readonly failure: AgeFailure;

  constructor(failure: AgeFailure, cause: unknown) {
    super(`${failure}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'AgeDecryptionError';
    this.failure = failure;
  }
}

/** Decrypts with one identity; throws an AgeDecryptionError saying which way the file failed. */
export async function decryptWith(identity: string, ciphertext: Uint8Array): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  // age tries identities in turn and stops at the first that unwraps the file key, so this one
  // is asked only when `identity` opened no stanza: it notes that, and opens nothing itself.
  let noStanzaOpened = false;
  decrypter.addIdentity({
    unwrapFileKey: () => {
      noStanzaOpened = true;
      return null;
    },
  });
  try {
    return await decrypter.decrypt(ciphertext);
  } catch (error) {
    throw new AgeDecryptionError(noStanzaOpened ? 'no-stanza-opens' : 'damaged', error);
  }
}
