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
  return createHash('sha256').update(signedBytes(body)).digest('hex');
}

export function signBatch(body: BatchBody, keys: SigningKeyPair): BatchFile {
  return { body, signature: signBytes(keys, signedBytes(body)) };
}

export function isSignedByKiosk(file: BatchFile): boolean {
  return verifySignature(file.body.kioskKey, signedBytes(file.body), file.signature);
}
