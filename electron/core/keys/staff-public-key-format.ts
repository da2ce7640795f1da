import { z } from 'zod';
import { ageRecipientSchema } from './age-recipient.ts';
import { isSigningPublicKey } from './ed25519.ts';
import { fingerprint } from './fingerprint.ts';

/**
 * The public half of a staff identity, as a file a kiosk is paired with: the age recipient that
 * batches are encrypted to, and the key that will sign what staff send back to the kiosk.
 * Staff write it and kiosks read it when paired, so it lives here, apart from either role.
 */
export const staffKeyFileSchema = z
  .strictObject({
    format: z.literal('kuulluksi-staff-key'),
    version: z.literal(1),
    ageRecipient: ageRecipientSchema,
    signingKey: z.string().refine(isSigningPublicKey, 'signingKey is not a base64url Ed25519 public key'),
    fingerprint: z.string(),
  })
  .refine((file) => file.fingerprint === fingerprint(file.signingKey), {
    message: 'fingerprint does not match signingKey: the file was altered or damaged',
    path: ['fingerprint'],
  });

export type StaffKeyFile = z.infer<typeof staffKeyFileSchema>;

export function describeStaffKey(ageRecipient: string, signingKey: string): StaffKeyFile {
  return {
    format: 'kuulluksi-staff-key',
    version: 1,
    ageRecipient,
    signingKey,
    fingerprint: fingerprint(signingKey),
  };
}
