import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { Database } from 'better-sqlite3';
import { AppError } from '../errors.ts';
import { generateSigningKeyPair, type SigningKeyPair } from '../keys/ed25519.ts';
import { describeStaffKey, type StaffKeyFile } from '../keys/staff-key-file.ts';

export type StaffIdentity = { ageIdentity: string; ageRecipient: string; signing: SigningKeyPair };

type IdentityRow = {
  age_identity: string;
  age_recipient: string;
  signing_public_key: string;
  signing_private_key: string;
};

/**
 * Makes the staff keys: an age X25519 identity that batches are encrypted to (X25519 so that the
 * standard age tool can always decrypt them) and an Ed25519 key for what staff sign. Refuses to
 * replace existing keys: every batch encrypted to them would become unreadable.
 */
export async function createStaffIdentity(db: Database): Promise<StaffIdentity> {
  if (readIdentity(db)) {
    throw new AppError('conflict', 'This staff data folder already has keys; they are kept, not replaced.');
  }
  const ageIdentity = await generateX25519Identity();
  const identity: StaffIdentity = {
    ageIdentity,
    ageRecipient: await identityToRecipient(ageIdentity),
    signing: generateSigningKeyPair(),
  };
  db.prepare(
    `INSERT INTO staff_identity (singleton, age_identity, age_recipient, signing_public_key, signing_private_key)
     VALUES (1, ?, ?, ?, ?)`,
  ).run(identity.ageIdentity, identity.ageRecipient, identity.signing.publicKey, identity.signing.privateKey);
  return identity;
}

export function loadStaffIdentity(db: Database): StaffIdentity {
  const identity = readIdentity(db);
  if (!identity) {
    throw new AppError('not_ready', 'This staff data folder has no keys yet: run "kuulluksi staff init" first.');
  }
  return identity;
}

export function staffPublicKey(identity: StaffIdentity): StaffKeyFile {
  return describeStaffKey(identity.ageRecipient, identity.signing.publicKey);
}

function readIdentity(db: Database): StaffIdentity | undefined {
  const row = db.prepare<[], IdentityRow>('SELECT * FROM staff_identity').get();
  return (
    row && {
      ageIdentity: row.age_identity,
      ageRecipient: row.age_recipient,
      signing: { publicKey: row.signing_public_key, privateKey: row.signing_private_key },
    }
  );
}
