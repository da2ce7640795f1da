import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { signBytes, verifySignature, type SigningKeyPair } from '../keys/ed25519.ts';
import { signatureContext, type BatchBody, type BatchFile } from './format.ts';

/** The exact bytes a batch signature covers: a context string, then the canonical body. */
export function signedBytes(body: BatchBody): Buffer {
  return Buffer.from(signatureContext + canonicalize(body), 'utf8');
}

/** A batch's identity: equal hashes mean the same batch, so importing it again is a duplicate. */
export function batchHash(body: BatchBody): string {
  return hashOf(signedBytes(body));
}

/** Signs a batch and gives its hash, canonicalizing the body once for both (it can be megabytes). */
export function signAndHash(body: BatchBody, keys: SigningKeyPair): { file: BatchFile; hash: string } {
  const bytes = signedBytes(body);
  return { file: { body, signature: signBytes(keys, bytes) }, hash: hashOf(bytes) };
}

export function signBatch(body: BatchBody, keys: SigningKeyPair): BatchFile {
  return signAndHash(body, keys).file;
}

/** The batch's hash if the kiosk key it carries signed it, else null; one canonicalization for both. */
export function verifiedHash(file: BatchFile): string | null {
  const bytes = signedBytes(file.body);
  return verifySignature(file.body.kioskKey, bytes, file.signature) ? hashOf(bytes) : null;
}

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
