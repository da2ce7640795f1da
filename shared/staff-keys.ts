/**
 * Rules about staff keys that the core enforces and the staff screen explains. Kept free of zod
 * so the renderer can import them without it.
 */

/** Shorter passphrases fall to guessing even at a second per try (age's advice: 8–10 random characters). */
export const minPassphraseLength = 10;

/** Counted in characters as a person sees them, so "ä" or an emoji is one, not two. */
export const isLongEnoughPassphrase = (passphrase: string): boolean =>
  [...passphrase].length >= minPassphraseLength;

/**
 * A key's code (fingerprint) as people read it to each other: a kiosk's code on its admin
 * screen, the staff key code. Four groups of four base32 characters, e.g. `MZUH-VLPY-MK6X-O3EP`.
 */
export const fingerprintPattern = /^[A-Z2-7]{4}(-[A-Z2-7]{4}){3}$/;

/**
 * Why a running staff tool cannot open its keys: the launcher has no passphrase to give (no
 * keyring on this computer), the passphrase does not open them, an older version kept them
 * unprotected, or they are damaged.
 */
export const staffKeyProblems = [
  'passphrase-unavailable',
  'wrong-passphrase',
  'plain-keys',
  'damaged',
] as const;
export type StaffKeyProblem = (typeof staffKeyProblems)[number];
