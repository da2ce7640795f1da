/**
 * The rules of reception's way in, shared by the kiosk core (which enforces them) and the PIN pad
 * (which explains them). Kept free of zod so the kiosk bundle stays small.
 */

/**
 * A PIN typed on the pad is 4 to 8 digits: easy on a number pad, and never letters a client might
 * guess from a name. Four and five digits are still taken, so a PIN chosen before new PINs
 * needed six keeps opening the view (which then asks for it to be changed).
 */
export const pinPattern = /^\d{4,8}$/;
/** A PIN being chosen (the first one, a changed one, or one IT sets) has 6 to 8 digits. */
export const newPinPattern = /^\d{6,8}$/;
export const pinLength = { min: 4, newMin: 6, max: 8 } as const;

/** Wrong PINs allowed in a row before the pad locks: one round. */
export const wrongPinLimit = 5;
/** How long the first round of wrong PINs locks the pad; each further round doubles it. */
export const firstLockoutSeconds = 5 * 60;
/** The longest lockout: after that many rounds, a round locks the pad for a day. */
export const longestLockoutSeconds = 24 * 60 * 60;

/**
 * How long the pad locks after the `round`th round of wrong PINs in a row (1 for the first):
 * 5 minutes, 10, 20, … up to a day. At five guesses a day, a 6-digit PIN outlasts any guesser,
 * while reception who mistype a few times wait minutes, not hours.
 */
export function lockoutSecondsAfterRound(round: number): number {
  return Math.min(firstLockoutSeconds * 2 ** (round - 1), longestLockoutSeconds);
}

/** The admin view locks itself after this long without a touch, on screen and in the core. */
export const adminIdleSeconds = 60;

/** A lockout in the change log, `locked-out:SECONDS`: the core writes it, the admin view words it. */
export const lockoutDetail = (seconds: number): string => `locked-out:${seconds}`;

/** The seconds of a lockout entry's detail; null for any other detail. */
export function lockoutSecondsIn(detail: string): number | null {
  const match = /^locked-out:(\d+)$/.exec(detail);
  return match ? Number(match[1]) : null;
}
