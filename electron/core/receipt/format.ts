import { z } from 'zod';
import { ed25519SignatureSchema, sha256HexSchema } from '../batch/format.ts';
import { isSigningPublicKey } from '../keys/ed25519.ts';
import { fingerprintPattern } from '../keys/fingerprint.ts';

/**
 * Receipt format version 1, as docs/batch-format.md describes it: staff tell one kiosk which of
 * its batches they hold, so the kiosk may forget those answers. Plaintext JSON `{ body, signature }`,
 * signed by the staff key over `receiptSignatureContext` followed by the RFC 8785 canonical JSON of
 * `body`. It names only the kiosk, batch numbers and batch hashes: nothing about any client.
 */
export const receiptFormat = 'kuulluksi-receipt';
export const receiptFormatVersion = 1;
export const receiptSignatureContext = 'kuulluksi-receipt-v1\n';

/** Checked before parsing, so a hostile file on a stick cannot make the kiosk do unbounded work. */
export const receiptLimits = {
  maxFileBytes: 1024 * 1024,
  maxBatches: 10_000,
} as const;

export const receiptBodySchema = z.strictObject({
  format: z.literal(receiptFormat),
  version: z.literal(receiptFormatVersion),
  kioskId: z.string().regex(fingerprintPattern, 'expected a kiosk fingerprint like ABCD-EFGH-IJKL-MNOP'),
  staffKey: z.string().refine(isSigningPublicKey, 'expected a base64url Ed25519 public key'),
  batches: z
    .array(z.strictObject({ seq: z.int().min(1), hash: sha256HexSchema }))
    .min(1)
    .max(receiptLimits.maxBatches),
});
export type ReceiptBody = z.infer<typeof receiptBodySchema>;

export const receiptFileSchema = z.strictObject({
  body: receiptBodySchema,
  signature: ed25519SignatureSchema,
});
export type ReceiptFile = z.infer<typeof receiptFileSchema>;

/** One receipt per kiosk, replaced by each import, so a stick never piles them up. */
export function receiptFileName(kioskId: string): string {
  return `kuulluksi-receipt-${kioskId}.json`;
}
