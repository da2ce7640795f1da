import { Decrypter, Encrypter } from 'age-encryption';

/** Encrypts to every recipient; any one of their identities can decrypt, the kiosk's cannot. */
export async function encryptTo(recipients: readonly string[], plaintext: Uint8Array): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  return encrypter.encrypt(plaintext);
}

export async function decryptWith(identity: string, ciphertext: Uint8Array): Promise<Uint8Array> {
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  return decrypter.decrypt(ciphertext);
}
