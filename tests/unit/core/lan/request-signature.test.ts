import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateSigningKeyPair } from '../../../../electron/core/keys/ed25519.ts';
import { createNonceCache } from '../../../../electron/core/lan/nonce-cache.ts';
import { lanHeaders, lanLimits } from '../../../../electron/core/lan/protocol.ts';
import { isReplyFrom, signReply } from '../../../../electron/core/lan/reply-signature.ts';
import {
  checkRequest,
  readCredentials,
  sha256Hex,
  signRequest,
  type RequestToSign,
} from '../../../../electron/core/lan/request-signature.ts';

const kiosk = generateSigningKeyPair();
const receiver = generateSigningKeyPair();
const now = Date.UTC(2026, 11, 6, 10);
const body = Buffer.from('{"format":"kuulluksi-lan-contact"}');
const request: RequestToSign = {
  method: 'POST',
  path: '/kuulluksi/lan/v1/contact',
  body,
  receiverKey: receiver.publicKey,
};

function signed(overrides: Partial<RequestToSign> = {}, at = now) {
  const headers = signRequest(kiosk, { ...request, ...overrides }, at);
  return readCredentials(headers)!;
}

const asReceived = (overrides: Partial<RequestToSign> = {}) => {
  const { body: received, ...rest } = { ...request, ...overrides };
  return { ...rest, bodyHash: sha256Hex(received) };
};

test('a request signed by a kiosk verifies as that kiosk, once', () => {
  const seen = createNonceCache();
  const credentials = signed();
  assert.deepEqual(checkRequest(credentials, asReceived(), now, seen), {
    ok: true,
    senderKey: kiosk.publicKey,
  });
  const again = checkRequest(credentials, asReceived(), now + 1000, seen);
  assert.equal(again.ok, false);
  assert.equal(!again.ok && again.code, 'replayed');
});

test('changing any signed part of a request makes its signature fail', () => {
  const credentials = signed();
  const changes: Partial<RequestToSign>[] = [
    { method: 'PUT' },
    { path: '/kuulluksi/lan/v1/pair' },
    { body: Buffer.from('{"format":"kuulluksi-lan-pair"}') },
    { receiverKey: generateSigningKeyPair().publicKey },
  ];
  for (const change of changes) {
    const result = checkRequest(credentials, asReceived(change), now, createNonceCache());
    assert.equal(result.ok, false, JSON.stringify(Object.keys(change)));
    assert.equal(!result.ok && result.code, 'bad-signature');
  }
  const otherTime = { ...credentials, time: String(now + 1) };
  const otherNonce = { ...credentials, nonce: 'A'.repeat(22) };
  const otherKey = { ...credentials, key: generateSigningKeyPair().publicKey };
  for (const forged of [otherTime, otherNonce, otherKey]) {
    const result = checkRequest(forged, asReceived(), now, createNonceCache());
    assert.equal(!result.ok && result.code, 'bad-signature');
  }
});

test('a request signed too far from the receiver clock is refused, saying which clock is ahead', () => {
  const ahead = checkRequest(
    signed({}, now + lanLimits.clockSkewMs + 60_000),
    asReceived(),
    now,
    createNonceCache(),
  );
  assert.equal(!ahead.ok && ahead.code, 'clock-skew');
  assert.match(!ahead.ok ? ahead.reason : '', /11 minutes ahead of/);
  const behind = checkRequest(signed({}, now - 3 * 3_600_000), asReceived(), now, createNonceCache());
  assert.match(!behind.ok ? behind.reason : '', /180 minutes behind/);
  const within = checkRequest(
    signed({}, now - lanLimits.clockSkewMs + 1000),
    asReceived(),
    now,
    createNonceCache(),
  );
  assert.equal(within.ok, true);
});

test('a replay is refused for as long as its time would be accepted, and its nonce forgotten after', () => {
  const seen = createNonceCache();
  const credentials = signed();
  assert.equal(checkRequest(credentials, asReceived(), now, seen).ok, true);
  const stillFresh = now + lanLimits.clockSkewMs;
  const replay = checkRequest(credentials, asReceived(), stillFresh, seen);
  assert.equal(!replay.ok && replay.code, 'replayed');
  const late = checkRequest(credentials, asReceived(), stillFresh + 1, seen);
  assert.equal(!late.ok && late.code, 'clock-skew');
});

test('headers that are missing, repeated or overlong are no credentials at all', () => {
  const headers: Record<string, string | string[] | undefined> = signRequest(kiosk, request, now);
  assert.ok(readCredentials(headers));
  for (const name of Object.values(lanHeaders)) {
    assert.equal(readCredentials({ ...headers, [name]: undefined }), null, `${name} missing`);
    assert.equal(readCredentials({ ...headers, [name]: ['a', 'b'] }), null, `${name} repeated`);
    assert.equal(readCredentials({ ...headers, [name]: 'x'.repeat(201) }), null, `${name} overlong`);
  }
});

test('a time or nonce not in the signed form is refused before any crypto', () => {
  const credentials = signed();
  for (const bad of [{ time: '1e12' }, { time: '-5' }, { nonce: 'short' }, { nonce: 'ä'.repeat(22) }]) {
    const result = checkRequest({ ...credentials, ...bad }, asReceived(), now, createNonceCache());
    assert.equal(!result.ok && result.code, 'bad-signature');
  }
});

test('a reply is believed only from the receiver key, for the request it answers, unaltered', () => {
  const reply = Buffer.from('{"format":"kuulluksi-lan-delivered"}');
  const nonce = signed().nonce;
  const signature = signReply(receiver, 200, reply, nonce);
  assert.equal(isReplyFrom(receiver.publicKey, 200, reply, nonce, signature), true);
  assert.equal(isReplyFrom(kiosk.publicKey, 200, reply, nonce, signature), false);
  assert.equal(isReplyFrom(receiver.publicKey, 409, reply, nonce, signature), false);
  assert.equal(isReplyFrom(receiver.publicKey, 200, Buffer.from('{}'), nonce, signature), false);
  assert.equal(isReplyFrom(receiver.publicKey, 200, reply, signed().nonce, signature), false);
  assert.equal(isReplyFrom(receiver.publicKey, 200, reply, nonce, 'not a signature'), false);
});
