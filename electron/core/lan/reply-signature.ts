import { signBytes, verifySignature, type SigningKeyPair } from '../keys/ed25519.ts';
import { sha256Hex } from './request-signature.ts';

/**
 * How the receiver signs each reply with its receiver key: over the status, the body's SHA-256
 * and the nonce of the request it answers, so a reply cannot be altered, moved to another request,
 * or made by anyone but the receiver the kiosk paired with. A kiosk believes "delivered" only then.
 */
export const replySignatureContext = 'kuulluksi-lan-reply-v1\n';

function signedBytes(status: number, body: Uint8Array, requestNonce: string): Buffer {
  return Buffer.from(
    [replySignatureContext + String(status), sha256Hex(body), requestNonce].join('\n'),
    'utf8',
  );
}

export function signReply(keys: SigningKeyPair, status: number, body: Uint8Array, requestNonce: string) {
  return signBytes(keys, signedBytes(status, body, requestNonce));
}

export function isReplyFrom(
  receiverKey: string,
  status: number,
  body: Uint8Array,
  requestNonce: string,
  signature: string,
): boolean {
  return verifySignature(receiverKey, signedBytes(status, body, requestNonce), signature);
}
