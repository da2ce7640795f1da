import { Decrypter, Encrypter } from 'age-encryption';
import { readAgeHeader } from '../age/header.ts';
import { AppError } from '../errors.ts';
import { isLongEnoughPassphrase, minPassphraseLength } from '../../../shared/staff-keys.ts';

/**
 * age's own default scrypt work factor (2^18): about a second per try here, which is what makes
 * guessing a passphrase slow. Tests lower it; a file records its factor, so opening needs none.
 */
export const defaultWorkFactor = 18;

/** The highest factor age-encryption opens (2^20, about 1 GiB of memory): a ceiling against hostile files. */
const maxWorkFactor = 20;

export { minPassphraseLength };

export type SealOptions = { workFactor?: number };

/**
 * Encrypts text with a passphrase as a standard age file (one `scrypt` stanza), so the age tool
 * opens it too: `age -d FILE` asks for the passphrase. Refuses a passphrase too short to protect it.
 */
export async function sealWithPassphrase(
  text: string,
  passphrase: string,
  { workFactor = defaultWorkFactor }: SealOptions = {},
): Promise<Uint8Array> {
  assertNewPassphrase(passphrase);
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  encrypter.setScryptWorkFactor(workFactor);
  return encrypter.encrypt(text);
}

/** Checked where a passphrase is chosen, so a person hears it at once, and again before sealing. */
export function assertNewPassphrase(passphrase: string): void {
  if (!isLongEnoughPassphrase(passphrase)) {
    throw new AppError(
      'bad_request',
      `A new passphrase needs at least ${minPassphraseLength} characters (a few unrelated words are easy to type and hard to guess); nothing was changed.`,
    );
  }
}

/** Where a passphrase comes from: asked only once the file is known to need one (a prompt, a file). */
export type AskPassphrase = () => string | Promise<string>;

/**
 * Opens what sealWithPassphrase made. A file that is not a passphrase-protected age file is told
 * apart from a wrong passphrase before anyone is asked to type, so each gets its own sentence;
 * `what` names the thing in them (e.g. "the backup FILE").
 */
export async function openWithPassphrase(
  bytes: Uint8Array,
  askPassphrase: AskPassphrase,
  what: string,
): Promise<string> {
  const header = readAgeHeader(bytes, { maxHeaderBytes: 1024, maxStanzas: 1 });
  const stanza = 'stanzas' in header && header.stanzas.length === 1 ? header.stanzas[0]! : undefined;
  if (stanza?.[0] !== 'scrypt' || !(Number(stanza[2]) <= maxWorkFactor)) {
    throw new AppError(
      'bad_request',
      `Cannot open ${what}: it is not a passphrase-protected age file, or it is damaged.`,
    );
  }
  const decrypter = new Decrypter();
  decrypter.addPassphrase(await askPassphrase());
  let plaintext: Uint8Array;
  try {
    plaintext = await decrypter.decrypt(bytes);
  } catch {
    throw new AppError(
      'forbidden',
      `Wrong passphrase for ${what} (or the file is damaged); nothing was changed.`,
    );
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch {
    throw new AppError(
      'bad_request',
      `Cannot open ${what}: it holds no text, so it is not Kuulluksi staff keys.`,
    );
  }
}
