import { identityToRecipient } from 'age-encryption';
import { z } from 'zod';
import { AppError } from '../../errors.ts';
import { ageRecipientSchema } from '../../keys/age-recipient.ts';
import { isSigningPublicKey, signBytes, verifySignature } from '../../keys/ed25519.ts';
import { describeIssues } from '../../schema-errors.ts';
import type { StaffIdentity } from './staff-identity.ts';

const formatVersion = 1;

/**
 * Both staff secret keys as one text, the plaintext of the sealed key store and of a backup.
 * It is an age identity file: age skips `#` lines, so after `age -d` (or directly, as
 * `age -d -i BACKUP.age BATCH.age`) the age tool decrypts batches with it, Kuulluksi or not.
 * The signing key rides in comment lines the age tool ignores and Kuulluksi reads back.
 */
export function secretKeyText(identity: StaffIdentity): string {
  return [
    '# Kuulluksi staff keys: they decrypt every batch sent to this staff key. Keep them secret.',
    '# With the age tool alone: age -d -i THIS_FILE BATCH.age',
    `# kuulluksi-staff-keys: ${formatVersion}`,
    `# age-recipient: ${identity.ageRecipient}`,
    `# signing-public-key: ${identity.signing.publicKey}`,
    `# signing-private-key: ${identity.signing.privateKey}`,
    identity.ageIdentity,
    '',
  ].join('\n');
}

const rawKey = z.string().refine(isSigningPublicKey, 'expected a base64url Ed25519 key');

const fieldsSchema = z.strictObject({
  'kuulluksi-staff-keys': z.literal(String(formatVersion)),
  'age-recipient': ageRecipientSchema,
  'signing-public-key': rawKey,
  'signing-private-key': rawKey,
  identity: z
    .string()
    .regex(/^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/, 'expected one age X25519 identity (AGE-SECRET-KEY-1…)'),
});

/**
 * Reads secretKeyText back, checking that the keys belong together: a damaged or mixed-up file
 * must fail here, not later when a batch will not decrypt or a kiosk refuses a receipt.
 */
export async function parseSecretKeyText(text: string, what: string): Promise<StaffIdentity> {
  const fields: Record<string, string> = {};
  const identities: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    // Only the fields this format defines: any other comment line is a comment.
    const field = /^# ([a-z-]+): (\S+)$/.exec(line);
    if (field && Object.hasOwn(fieldsSchema.shape, field[1]!)) fields[field[1]!] = field[2]!;
    else if (line.trim() !== '' && !line.startsWith('#')) identities.push(line.trim());
  }
  const version = Number(fields['kuulluksi-staff-keys']);
  if (version > formatVersion) {
    throw new AppError(
      'bad_request',
      `${what} was made by a newer Kuulluksi (key format ${version}); update Kuulluksi to read it.`,
    );
  }
  const parsed = fieldsSchema.safeParse({
    ...fields,
    identity: identities.length === 1 ? identities[0] : undefined,
  });
  if (!parsed.success)
    throw new AppError(
      'bad_request',
      `${what} does not hold Kuulluksi staff keys (${describeIssues(parsed.error)}).`,
    );
  const identity: StaffIdentity = {
    ageIdentity: parsed.data.identity,
    ageRecipient: parsed.data['age-recipient'],
    signing: { publicKey: parsed.data['signing-public-key'], privateKey: parsed.data['signing-private-key'] },
  };
  if (
    (await identityToRecipient(identity.ageIdentity)) !== identity.ageRecipient ||
    !signingKeysMatch(identity)
  ) {
    throw new AppError('bad_request', `${what} holds keys that do not belong together; it is damaged.`);
  }
  return identity;
}

function signingKeysMatch({ signing }: StaffIdentity): boolean {
  const probe = Buffer.from('kuulluksi-staff-key-check');
  try {
    return verifySignature(signing.publicKey, probe, signBytes(signing, probe));
  } catch {
    return false;
  }
}
