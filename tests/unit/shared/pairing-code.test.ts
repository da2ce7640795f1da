import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateSigningKeyPair } from '../../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../../electron/core/keys/fingerprint.ts';
import { checkCharacter, isWholePairingCode, pairingCode } from '../../../shared/pairing-code.ts';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

test('a pairing code is the fingerprint with a check character after each group', () => {
  const id = fingerprint(generateSigningKeyPair().publicKey);
  const code = pairingCode(id);
  assert.match(code, /^[A-Z2-7]{5}(-[A-Z2-7]{5}){3}$/);
  assert.equal(code.replace(/(.{4}).(-|$)/g, '$1$2'), id);
  assert.equal(isWholePairingCode(code), true);
  assert.equal(isWholePairingCode(code.toLowerCase()), true);
});

test('Luhn mod 32 as Syncthing computes it: a known group gives its known check character', () => {
  // Worked by hand: from the right, values 3 (D), 2 (C), 1 (B), 0 (A) with factors 2, 1, 2, 1:
  // 6 + 2 + 2 + 0 = 10, and (32 - 10 % 32) % 32 = 22, which is W.
  assert.equal(checkCharacter('ABCD'), 'W');
  assert.equal(checkCharacter('AAAA'), 'A');
});

test('every single mistyped character in a group is caught', () => {
  const code = pairingCode(fingerprint(generateSigningKeyPair().publicKey));
  for (let position = 0; position < code.length; position++) {
    if (code[position] === '-') continue;
    for (const other of BASE32) {
      if (other === code[position]) continue;
      const slip = code.slice(0, position) + other + code.slice(position + 1);
      assert.equal(isWholePairingCode(slip), false, `${slip} passed for ${code}`);
    }
  }
});

test('a code of the wrong shape is not whole', () => {
  for (const bad of [
    '',
    'ABCDW',
    'ABCDW-ABCDW-ABCDW',
    'ABCDW-ABCDW-ABCDW-ABCD',
    'ABCDW-ABCDW-ABCDW-ABCDW-ABCDW',
    'ABC1W-ABCDW-ABCDW-ABCDW',
  ])
    assert.equal(isWholePairingCode(bad), false, bad);
  assert.equal(isWholePairingCode('ABCDW-ABCDW-ABCDW-ABCDW'), true);
});
