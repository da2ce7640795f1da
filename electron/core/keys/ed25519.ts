import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

/** An Ed25519 key pair as the raw key bytes in base64url (JWK `x` and `d`), easy to store as text. */
export type SigningKeyPair = { publicKey: string; privateKey: string };

const RAW_KEY_BASE64URL = /^[A-Za-z0-9_-]{43}$/;

export function isSigningPublicKey(value: string): boolean {
  return RAW_KEY_BASE64URL.test(value) && isCanonicalBase64url(value);
}

/**
 * Whether `value` is the one base64url spelling of its bytes. Node decodes the unused low bits of
 * the last character without a word, so up to four strings name one key (or one signature): a
 * request whose key was respelled would pass as another sender, and its nonce would be new again.
 */
function isCanonicalBase64url(value: string): boolean {
  return Buffer.from(value, 'base64url').toString('base64url') === value;
}

export function generateSigningKeyPair(): SigningKeyPair {
  const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  if (!jwk.x || !jwk.d) throw new Error('Node returned an Ed25519 key without its raw parts');
  return { publicKey: jwk.x, privateKey: jwk.d };
}

export function signBytes(keys: SigningKeyPair, data: Uint8Array): string {
  const key = createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', x: keys.publicKey, d: keys.privateKey },
    format: 'jwk',
  });
  return sign(null, data, key).toString('base64url');
}

/** False for a wrong signature and for anything that is not a key or a signature at all. */
export function verifySignature(publicKey: string, data: Uint8Array, signature: string): boolean {
  if (!isSigningPublicKey(publicKey) || !isCanonicalBase64url(signature)) return false;
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    return verify(null, data, key, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
