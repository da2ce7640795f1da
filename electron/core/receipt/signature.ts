import canonicalize from 'canonicalize';
import { signBytes, verifySignature, type SigningKeyPair } from '../keys/ed25519.ts';
import { receiptSignatureContext, type ReceiptBody, type ReceiptFile } from './format.ts';

/**
 * The exact bytes a receipt signature covers: a context string of its own, so a signature made
 * for a receipt can never pass for one over a batch or anything else, then the canonical body.
 */
export function receiptSignedBytes(body: ReceiptBody): Buffer {
  return Buffer.from(receiptSignatureContext + canonicalize(body), 'utf8');
}

export function signReceipt(body: ReceiptBody, staffKeys: SigningKeyPair): ReceiptFile {
  return { body, signature: signBytes(staffKeys, receiptSignedBytes(body)) };
}

/** True only when the staff key the receipt names made its signature over exactly this body. */
export function isSignedByItsStaffKey(receipt: ReceiptFile): boolean {
  return verifySignature(receipt.body.staffKey, receiptSignedBytes(receipt.body), receipt.signature);
}
