import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fingerprint, fingerprintPattern } from '../../../../electron/core/keys/fingerprint.ts';
import {
  staffKeyFileSchema,
  describeStaffKey,
} from '../../../../electron/core/keys/staff-public-key-format.ts';
import { generateSigningKeyPair } from '../../../../electron/core/keys/ed25519.ts';

test('a fingerprint is 80 bits of the key’s SHA-256 in base32, in four groups (test vector)', () => {
  // 32 zero bytes; SHA-256 = 66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925
  const zeroKey = Buffer.alloc(32).toString('base64url');
  assert.equal(fingerprint(zeroKey), 'MZUH-VLPY-MK6X-O3EP');
  assert.match(fingerprint(generateSigningKeyPair().publicKey), fingerprintPattern);
});

test('a staff key file whose fingerprint does not match its key is refused', () => {
  const keys = generateSigningKeyPair();
  const file = describeStaffKey(
    'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p',
    keys.publicKey,
  );
  assert.equal(staffKeyFileSchema.safeParse(file).success, true);
  const other = generateSigningKeyPair();
  assert.equal(staffKeyFileSchema.safeParse({ ...file, signingKey: other.publicKey }).success, false);
});
