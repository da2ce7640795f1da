import { newPinPattern, pinLength } from '../../../../shared/admin-access.ts';
import { AppError } from '../../errors.ts';
import { hashPin } from './pin-hash.ts';

/** A new PIN, checked and hashed ahead of the transaction that stores it (hashing takes a moment). */
export type PreparedPin = { readonly hashOfNewPin: string };

/**
 * Every new PIN passes here, whoever chose it (the screen, the change in the admin view, IT): the
 * core checks the length itself rather than trust the screen that sent it. Six digits at least:
 * a million values against the lockout's five guesses a day, where four gave ten thousand.
 */
export async function prepareNewPin(pin: string): Promise<PreparedPin> {
  if (!newPinPattern.test(pin)) {
    throw new AppError(
      'bad_request',
      `A new PIN needs ${pinLength.newMin} to ${pinLength.max} digits, and nothing but digits.`,
    );
  }
  return { hashOfNewPin: await hashPin(pin) };
}
