import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../../../electron/core/errors.ts';
import { generateSigningKeyPair } from '../../../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../../../electron/core/keys/fingerprint.ts';
import {
  openUpdate,
  signUpdate,
  updateFormat,
  updateFormatVersion,
  updateLimits,
  type UpdateBody,
  type UpdateExpectations,
} from '../../../../electron/core/lan/update-envelope.ts';

const staff = generateSigningKeyPair();
const otherStaff = generateSigningKeyPair();
const kioskId = fingerprint(generateSigningKeyPair().publicKey);
const hash = 'a'.repeat(64);

const body = (overrides: Partial<UpdateBody> = {}): UpdateBody => ({
  format: updateFormat,
  version: updateFormatVersion,
  kioskId,
  staffKey: staff.publicKey,
  serial: 3,
  items: [{ kind: 'receipt', batches: [{ seq: 1, hash }] }],
  ...overrides,
});
const expected: UpdateExpectations = { kioskId, staffKeys: [staff.publicKey], appliedSerial: 2 };

/** The reason an envelope is refused with; fails the test when it is accepted. */
function refusal(json: unknown, expectations = expected): string {
  try {
    openUpdate(json, expectations);
  } catch (error) {
    assert.ok(error instanceof AppError);
    return error.message;
  }
  assert.fail('the envelope was accepted');
}

test('an envelope signed by a paired staff key, for this kiosk, newer than the last applied, opens', () => {
  assert.deepEqual(openUpdate(signUpdate(body(), staff), expected), body());
  const second = { ...expected, staffKeys: [otherStaff.publicKey, staff.publicKey] };
  assert.equal(openUpdate(signUpdate(body({ serial: 9 }), staff), second).serial, 9);
});

test('each field is checked: format, version, kiosk, staff key, serial and items', () => {
  const signed = (overrides: Record<string, unknown>) =>
    signUpdate(body(overrides as Partial<UpdateBody>), staff);
  assert.match(
    refusal(signed({ format: 'kuulluksi-receipt' })),
    /not a valid Kuulluksi update \(body\.format/,
  );
  assert.match(refusal(signed({ version: 0 })), /not a valid Kuulluksi update \(body\.version/);
  assert.match(refusal(signed({ version: 2 })), /update format 2; this Kuulluksi reads up to 1/);
  const otherKiosk = fingerprint(generateSigningKeyPair().publicKey);
  assert.match(refusal(signed({ kioskId: otherKiosk })), new RegExp(`addressed to kiosk ${otherKiosk}`));
  assert.match(refusal(signed({ kioskId: 'not-a-kiosk' })), /body\.kioskId/);
  assert.match(
    refusal(signUpdate(body({ staffKey: otherStaff.publicKey }), otherStaff)),
    new RegExp(`staff key ${fingerprint(otherStaff.publicKey)}, which this kiosk is not paired with`),
  );
  assert.match(refusal(signed({ staffKey: 'short' })), /body\.staffKey/);
  assert.match(refusal(signed({ serial: 2 })), /update 2, and this kiosk has already applied update 2/);
  assert.match(refusal(signed({ serial: 1 })), /older update is never applied again/);
  assert.match(refusal(signed({ serial: 0 })), /body\.serial/);
  assert.match(refusal(signed({ serial: 2.5 })), /body\.serial/);
  assert.match(refusal(signed({ items: [{ kind: 'notes' }] })), /body\.items/);
  assert.match(refusal(signed({ items: [{ kind: 'receipt', batches: [] }] })), /body\.items/);
  assert.match(
    refusal(signed({ items: [{ kind: 'receipt', batches: [{ seq: 1, hash: 'x' }] }] })),
    /body\.items/,
  );
  assert.match(refusal(signed({ extra: true })), /not a valid Kuulluksi update/);
});

test('an altered or unsigned envelope is refused, however well-formed its body', () => {
  const envelope = signUpdate(body(), staff);
  const altered = { ...envelope, body: { ...envelope.body, serial: 4 } };
  assert.match(refusal(altered), /signature does not verify/);
  const byAnotherKey = { ...signUpdate(body(), otherStaff) };
  assert.match(refusal(byAnotherKey), /signature does not verify/);
  assert.match(refusal({ body: envelope.body }), /signature/);
  assert.match(refusal({ ...envelope, signature: 'A'.repeat(86) }), /signature does not verify/);
  assert.match(refusal(envelope.body), /not a valid Kuulluksi update/);
  for (const junk of [null, 'text', 42, [], {}]) assert.match(refusal(junk), /not a valid Kuulluksi update/);
});

test('an envelope larger than an update may be is refused before it is parsed', () => {
  const huge = { body: { padding: 'x'.repeat(updateLimits.maxBytes) }, signature: '' };
  assert.match(refusal(huge), /larger than an update can be/);
});
