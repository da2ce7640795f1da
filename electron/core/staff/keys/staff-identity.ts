import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { generateSigningKeyPair, type SigningKeyPair } from '../../keys/ed25519.ts';
import { describeStaffKey, type StaffKeyFile } from '../../keys/staff-public-key-format.ts';

/** The staff keys, unlocked: only ever in memory; sealed-key-store.ts keeps them sealed on disk. */
export type StaffIdentity = { ageIdentity: string; ageRecipient: string; signing: SigningKeyPair };

/**
 * Makes new staff keys: an age X25519 identity that batches are encrypted to (X25519 so that the
 * standard age tool can always decrypt them) and an Ed25519 key for what staff sign.
 */
export async function generateStaffIdentity(): Promise<StaffIdentity> {
  const ageIdentity = await generateX25519Identity();
  return {
    ageIdentity,
    ageRecipient: await identityToRecipient(ageIdentity),
    signing: generateSigningKeyPair(),
  };
}

export function staffPublicKey(identity: StaffIdentity): StaffKeyFile {
  return describeStaffKey(identity.ageRecipient, identity.signing.publicKey);
}
