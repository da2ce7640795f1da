import canonicalize from 'canonicalize';
import { z } from 'zod';
import { ed25519SignatureSchema } from '../batch/format.ts';
import { AppError } from '../errors.ts';
import { signBytes, verifySignature, isSigningPublicKey, type SigningKeyPair } from '../keys/ed25519.ts';
import { fingerprint, fingerprintPattern } from '../keys/fingerprint.ts';
import { receiptBodySchema, receiptLimits } from '../receipt/format.ts';
import { describeIssues } from '../schema-errors.ts';

/**
 * What staff send a kiosk: an update envelope, version 1 (docs/lan.md). Plaintext JSON
 * `{ body, signature }`, signed by a staff key over `updateSignatureContext` followed by the
 * RFC 8785 canonical JSON of `body`. Its serial grows by one with each envelope staff make for
 * that kiosk, so a kiosk applies each once and refuses an older one. It travels in the reply to
 * a kiosk's contact over the LAN; what it carries is applied in one transaction, or not at all.
 */
export const updateFormat = 'kuulluksi-update';
export const updateFormatVersion = 1;
export const updateSignatureContext = 'kuulluksi-update-v1\n';

export const updateLimits = { maxBytes: receiptLimits.maxFileBytes } as const;

/** Staff hold these batches of the kiosk: it may forget their answers, exactly as a stick's receipt says. */
const receiptItemSchema = z.strictObject({
  kind: z.literal('receipt'),
  batches: receiptBodySchema.shape.batches,
});

export const updateItemSchema = z.discriminatedUnion('kind', [receiptItemSchema]);
export type UpdateItem = z.infer<typeof updateItemSchema>;

export const updateBodySchema = z.strictObject({
  format: z.literal(updateFormat),
  version: z.literal(updateFormatVersion),
  kioskId: z.string().regex(fingerprintPattern, 'expected a kiosk fingerprint like ABCD-EFGH-IJKL-MNOP'),
  staffKey: z.string().refine(isSigningPublicKey, 'expected a base64url Ed25519 public key'),
  serial: z.int().min(1),
  items: z.array(updateItemSchema).max(16),
});
export type UpdateBody = z.infer<typeof updateBodySchema>;

export const updateEnvelopeSchema = z.strictObject({
  body: updateBodySchema,
  signature: ed25519SignatureSchema,
});
export type UpdateEnvelope = z.infer<typeof updateEnvelopeSchema>;

export function updateSignedBytes(body: UpdateBody): Buffer {
  return Buffer.from(updateSignatureContext + canonicalize(body), 'utf8');
}

export function signUpdate(body: UpdateBody, staffKeys: SigningKeyPair): UpdateEnvelope {
  return { body, signature: signBytes(staffKeys, updateSignedBytes(body)) };
}

/** Who the kiosk is, which staff keys it was paired with, and the newest serial it applied. */
export type UpdateExpectations = { kioskId: string; staffKeys: readonly string[]; appliedSerial: number };

const refuse = (reason: string) => new AppError('bad_request', reason);

/**
 * Everything a kiosk checks before it applies an update, cheapest first: the size, the schema,
 * the version, that it is addressed to this kiosk, that its key is one this kiosk was paired with,
 * the signature, and that it is newer than what was applied. Throws an AppError whose message is
 * the reason kept in the kiosk's log and shown in its admin view; nothing is applied then.
 */
export function openUpdate(json: unknown, expected: UpdateExpectations): UpdateBody {
  if (JSON.stringify(json ?? null).length > updateLimits.maxBytes) {
    throw refuse(`it is larger than an update can be (at most ${updateLimits.maxBytes} bytes)`);
  }
  const version = (json as { body?: { version?: unknown } } | null)?.body?.version;
  if (typeof version === 'number' && version > updateFormatVersion) {
    throw refuse(
      `it uses update format ${version}; this Kuulluksi reads up to ${updateFormatVersion}, update the kiosk's Kuulluksi`,
    );
  }
  const parsed = updateEnvelopeSchema.safeParse(json);
  if (!parsed.success) throw refuse(`it is not a valid Kuulluksi update (${describeIssues(parsed.error)})`);
  const { body, signature } = parsed.data;
  if (body.kioskId !== expected.kioskId) {
    throw refuse(`it is addressed to kiosk ${body.kioskId}, not to this kiosk (${expected.kioskId})`);
  }
  if (!expected.staffKeys.includes(body.staffKey)) {
    throw refuse(
      `it is signed for staff key ${fingerprint(body.staffKey)}, which this kiosk is not paired with`,
    );
  }
  if (!verifySignature(body.staffKey, updateSignedBytes(body), signature)) {
    throw refuse(
      `its signature does not verify: it was altered, or not made by staff key ${fingerprint(body.staffKey)}`,
    );
  }
  if (body.serial <= expected.appliedSerial) {
    throw refuse(
      `it is update ${body.serial}, and this kiosk has already applied update ${expected.appliedSerial}: an older update is never applied again`,
    );
  }
  return body;
}
