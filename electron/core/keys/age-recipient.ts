import { z } from 'zod';

/**
 * An age X25519 recipient in its bech32 text form. Only X25519: age 1.1, the tool staff may have
 * for recovery, cannot decrypt to the newer post-quantum recipients.
 */
export const ageRecipientSchema = z
  .string()
  .regex(/^age1[02-9ac-hj-np-z]{58}$/, 'expected an age X25519 recipient (age1…)');
