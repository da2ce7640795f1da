import { createHash, randomBytes } from 'node:crypto';
import { signBytes, verifySignature, type SigningKeyPair } from '../keys/ed25519.ts';
import { lanHeaders, lanLimits } from './protocol.ts';

/**
 * How a kiosk signs each LAN request with its kiosk key, and how the receiver checks it before it
 * reads anything else. The signature covers the method, the path, the body's SHA-256, the time, a
 * random nonce and the receiver's key the request is meant for: a request cannot be altered, sent
 * to another receiver, or replayed (the nonce is remembered for as long as the time is accepted).
 */
export const requestSignatureContext = 'kuulluksi-lan-request-v1\n';

export type RequestToSign = {
  method: string;
  path: string;
  body: Uint8Array;
  /** The receiver's key the kiosk paired with (or, for a pairing request, was shown). */
  receiverKey: string;
};

export type SignedRequestHeaders = Record<(typeof lanHeaders)[keyof typeof lanHeaders], string>;

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function signedBytes(
  request: Omit<RequestToSign, 'body'> & { bodyHash: string; time: string; nonce: string },
): Buffer {
  return Buffer.from(
    [
      requestSignatureContext + request.method.toUpperCase(),
      request.path,
      request.bodyHash,
      request.time,
      request.nonce,
      request.receiverKey,
    ].join('\n'),
    'utf8',
  );
}

export function signRequest(keys: SigningKeyPair, request: RequestToSign, now: number): SignedRequestHeaders {
  const time = String(now);
  const nonce = randomBytes(16).toString('base64url');
  const signature = signBytes(
    keys,
    signedBytes({ ...request, bodyHash: sha256Hex(request.body), time, nonce }),
  );
  return {
    [lanHeaders.key]: keys.publicKey,
    [lanHeaders.time]: time,
    [lanHeaders.nonce]: nonce,
    [lanHeaders.signature]: signature,
  };
}

/** The signed parts of a request's headers, read without trusting any of them yet. */
export type RequestCredentials = { key: string; time: string; nonce: string; signature: string };

export function readCredentials(
  headers: Record<string, string | string[] | undefined>,
): RequestCredentials | null {
  const one = (name: string) => {
    const value = headers[name];
    return typeof value === 'string' && value.length <= 200 ? value : null;
  };
  const key = one(lanHeaders.key);
  const time = one(lanHeaders.time);
  const nonce = one(lanHeaders.nonce);
  const signature = one(lanHeaders.signature);
  return key && time && nonce && signature ? { key, time, nonce, signature } : null;
}

export type RequestCheck =
  | { ok: true; senderKey: string }
  | { ok: false; code: 'bad-signature' | 'clock-skew' | 'replayed'; reason: string };

/**
 * Checks a request's signature once its body hash is known. `seenNonce` records a nonce and says
 * whether it was seen before (nonce-cache.ts); it is asked only after the signature verifies, so
 * nobody can fill it with nonces they did not sign.
 */
export function checkRequest(
  credentials: RequestCredentials,
  request: Omit<RequestToSign, 'body'> & { bodyHash: string },
  now: number,
  seenNonce: (key: string, nonce: string, time: number, now: number) => boolean,
): RequestCheck {
  const time = Number(credentials.time);
  if (!/^\d{1,15}$/.test(credentials.time) || !/^[A-Za-z0-9_-]{22}$/.test(credentials.nonce)) {
    return { ok: false, code: 'bad-signature', reason: 'the request is not signed in the Kuulluksi way' };
  }
  const bytes = signedBytes({ ...request, time: credentials.time, nonce: credentials.nonce });
  if (!verifySignature(credentials.key, bytes, credentials.signature)) {
    return {
      ok: false,
      code: 'bad-signature',
      reason: 'the signature does not verify: the request was altered, or meant for another receiver',
    };
  }
  const skew = time - now;
  if (Math.abs(skew) > lanLimits.clockSkewMs) {
    const minutes = Math.round(Math.abs(skew) / 60_000);
    return {
      ok: false,
      code: 'clock-skew',
      reason: `the kiosk's clock is ${minutes} minutes ${skew > 0 ? 'ahead of' : 'behind'} the staff PC's; set the right time on both`,
    };
  }
  if (seenNonce(credentials.key, credentials.nonce, time, now)) {
    return { ok: false, code: 'replayed', reason: 'this exact request was already received (a replay)' };
  }
  return { ok: true, senderKey: credentials.key };
}
