import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  generateSigningKeyPair,
  isSigningPublicKey,
  signBytes,
  verifySignature,
} from '../../../../electron/core/keys/ed25519.ts';
import { respelled } from '../../../helpers/respelled.ts';

const keys = generateSigningKeyPair();
const data = Buffer.from('kuulluksi');
const signature = signBytes(keys, data);

test('a key or signature spelled another way, with the same bytes, is refused', () => {
  assert.deepEqual(
    Buffer.from(respelled(keys.publicKey), 'base64url'),
    Buffer.from(keys.publicKey, 'base64url'),
  );
  assert.equal(verifySignature(keys.publicKey, data, signature), true);
  assert.equal(isSigningPublicKey(respelled(keys.publicKey)), false);
  assert.equal(verifySignature(respelled(keys.publicKey), data, signature), false);
  assert.equal(verifySignature(keys.publicKey, data, respelled(signature)), false);
});
