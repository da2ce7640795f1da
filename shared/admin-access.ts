/**
 * The rules of reception's way in, shared by the kiosk core (which enforces them) and the PIN pad
 * (which explains them). Kept free of zod so the kiosk bundle stays small.
 */

/** A PIN is 4 to 8 digits: easy on a number pad, and never letters a client might guess from a name. */
export const pinPattern = /^\d{4,8}$/;
export const pinLength = { min: 4, max: 8 } as const;

/** Wrong PINs allowed in a row before the pad locks, and for how long it locks. */
export const wrongPinLimit = 5;
export const lockoutSeconds = 5 * 60;

/** The admin view locks itself after this long without a touch, on screen and in the core. */
export const adminIdleSeconds = 60;
