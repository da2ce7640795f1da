import { z } from 'zod';
import { daySchema, questionSchema, responseSchema } from '../../../shared/domain.ts';
import { itemCodeSchema } from '../../../shared/item-code.ts';
import { kioskSettingsSchema } from '../../../shared/kiosk-settings.ts';
import { languages } from '../../../shared/languages.ts';
import { participationAreaSchema } from '../../../shared/question-bank.ts';
import { ageRecipientSchema } from '../keys/age-recipient.ts';
import { isSigningPublicKey } from '../keys/ed25519.ts';
import { fingerprintPattern } from '../keys/fingerprint.ts';

/**
 * The batch format, as docs/batch-format.md describes it. A batch is a standard age file whose
 * plaintext is the JSON `{ body, signature }`. The signature is the kiosk's Ed25519 signature
 * over `signatureContext` followed by the RFC 8785 canonical JSON of `body`. Kiosks write
 * version 3; version 1 (before a batch said how finely its kiosk keeps time) and version 2
 * (before it said its centre, its questions' area and item code, and each answer's language)
 * are still read.
 */
export const batchFormat = 'kuulluksi-batch';
export const batchFormatVersion = 3;
/** Names the signing scheme, which every version keeps; the version itself is in the signed body. */
export const signatureContext = 'kuulluksi-batch-v1\n';

/** Checked before any crypto, so a hostile file cannot make the importer do unbounded work. */
export const batchLimits = {
  maxFileBytes: 16 * 1024 * 1024,
  maxHeaderBytes: 16 * 1024,
  maxStanzas: 16,
  maxResponses: 10_000,
  maxRecipients: 16,
} as const;

/** A batch hash (see signature.ts); receipts name batches by it too. */
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash in lowercase hex');

export const ed25519SignatureSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{86}$/, 'expected a base64url Ed25519 signature');

/** What the kiosk tells staff about itself, e.g. that a damaged store was set aside on a day. */
export const kioskNoticeSchema = z.strictObject({
  kind: z.enum(['store-set-aside']),
  day: daySchema,
});
export type KioskNotice = z.infer<typeof kioskNoticeSchema>;

const batchBodyFields = {
  format: z.literal(batchFormat),
  kioskId: z.string().regex(fingerprintPattern, 'expected a kiosk fingerprint like ABCD-EFGH-IJKL-MNOP'),
  kioskKey: z.string().refine(isSigningPublicKey, 'expected a base64url Ed25519 public key'),
  seq: z.int().min(1),
  prevHash: sha256HexSchema.nullable(),
  recipients: z.array(ageRecipientSchema).min(1).max(batchLimits.maxRecipients),
  questions: z.array(questionSchema),
  responses: z.array(responseSchema).min(1).max(batchLimits.maxResponses),
  notices: z.array(kioskNoticeSchema).max(100),
};

/**
 * How finely the kiosk was set to keep time when it sealed the batch: what it promised the
 * clients who answered. No response may carry a finer time (an hour under 'day-part').
 */
const timeGranularity = kioskSettingsSchema.shape.timeGranularity;

/** A question as version 3 describes it: what staff read its answers by as well. */
export const batchQuestionSchema = questionSchema.extend({
  /** THL's participation area the kiosk's question bank tags it with; null where none fits. */
  area: participationAreaSchema.nullable(),
  /** Its code in a national or regional feedback set (shared/item-code.ts), or null. */
  itemCode: itemCodeSchema.nullable(),
});

/** An answer as version 3 carries it. */
export const batchResponseSchema = responseSchema.extend({
  /**
   * The language the kiosk's screen was in when the client answered, one of four and nothing
   * finer; null where the kiosk did not record it (answers kept before it did): never guessed.
   */
  language: z.enum(languages).nullable(),
});

export const batchBodySchema = z.discriminatedUnion('version', [
  z.strictObject({ ...batchBodyFields, version: z.literal(1) }),
  z.strictObject({ ...batchBodyFields, version: z.literal(2), timeGranularity }),
  z.strictObject({
    ...batchBodyFields,
    version: z.literal(3),
    timeGranularity,
    /** The centre the kiosk stands in, as reception named it in its settings; null if unnamed. */
    centre: kioskSettingsSchema.shape.centreName,
    questions: z.array(batchQuestionSchema),
    responses: z.array(batchResponseSchema).min(1).max(batchLimits.maxResponses),
  }),
]);
export type BatchBody = z.infer<typeof batchBodySchema>;
/** The body kiosks write now. */
export type CurrentBatchBody = Extract<BatchBody, { version: typeof batchFormatVersion }>;
export type BatchQuestion = z.infer<typeof batchQuestionSchema>;
export type BatchResponse = z.infer<typeof batchResponseSchema>;

export const batchFileSchema = z.strictObject({
  body: batchBodySchema,
  signature: ed25519SignatureSchema,
});
export type BatchFile = z.infer<typeof batchFileSchema>;

/** The file name on the stick. Neither time nor content appears in it, only who and which one. */
export function batchFileName(kioskId: string, seq: number): string {
  return `kuulluksi-${kioskId}-${String(seq).padStart(6, '0')}.age`;
}
