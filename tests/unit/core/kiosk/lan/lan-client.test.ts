import assert from 'node:assert/strict';
import { test } from 'node:test';
import { z } from 'zod';
import { generateSigningKeyPair } from '../../../../../electron/core/keys/ed25519.ts';
import { parseLanAddress } from '../../../../../electron/core/kiosk/lan/lan-address.ts';
import { createLanClient, maxReplyBytes } from '../../../../../electron/core/kiosk/lan/lan-client.ts';
import { createNonceCache } from '../../../../../electron/core/lan/nonce-cache.ts';
import { lanPaths } from '../../../../../electron/core/lan/protocol.ts';
import {
  checkRequest,
  readCredentials,
  sha256Hex,
} from '../../../../../electron/core/lan/request-signature.ts';
import { closedPort } from '../../../../helpers/closed-port.ts';
import { fixedClock } from '../../../../helpers/kiosk-and-staff.ts';
import { signedReplyServer, type CannedReply } from '../../../../helpers/signed-reply-server.ts';

const kiosk = generateSigningKeyPair();
const receiver = generateSigningKeyPair();
const impostor = generateSigningKeyPair();
const call = createLanClient({ keys: kiosk, clock: fixedClock, timeouts: { jsonMs: 500, batchMs: 500 } });
const pairReply = { format: 'kuulluksi-lan-pair', version: 1, state: 'waiting' };
const pairSchema = z.strictObject({
  format: z.literal('kuulluksi-lan-pair'),
  version: z.literal(1),
  state: z.string(),
});

async function askToPair(reply: CannedReply) {
  const { address } = await signedReplyServer(() => reply);
  return call({
    address: parseLanAddress(address),
    method: 'POST',
    path: lanPaths.pair,
    body: { bytes: Buffer.from('{"format":"kuulluksi-lan-pair","version":1}'), type: 'application/json' },
    receiverKey: receiver.publicKey,
    replySchema: pairSchema,
  });
}

test('a request is signed for the receiver it goes to, and a reply that receiver signed is believed', async () => {
  let check: unknown;
  const { address } = await signedReplyServer((request, body) => {
    check = checkRequest(
      readCredentials(request.headers)!,
      {
        method: request.method!,
        path: request.url!,
        bodyHash: sha256Hex(body),
        receiverKey: receiver.publicKey,
      },
      fixedClock().getTime(),
      createNonceCache(),
    );
    return { body: pairReply, signWith: receiver };
  });
  const reply = await call({
    address: parseLanAddress(address),
    method: 'POST',
    path: lanPaths.pair,
    body: { bytes: Buffer.from('{}'), type: 'application/json' },
    receiverKey: receiver.publicKey,
    replySchema: pairSchema,
  });
  assert.deepEqual(reply, { kind: 'replied', value: pairReply, signedBy: receiver.publicKey });
  assert.deepEqual(check, { ok: true, senderKey: kiosk.publicKey });
});

test('a reply signed well, but by another key than the one paired with, is the alarm: key-changed', async () => {
  assert.deepEqual(await askToPair({ body: pairReply, signWith: impostor }), {
    kind: 'key-changed',
    receiverKey: impostor.publicKey,
  });
});

test('an unsigned reply, an altered one, or a signed one that is no Kuulluksi message, is not believed', async () => {
  const unsigned = await askToPair({ body: pairReply, signWith: null });
  assert.equal(unsigned.kind, 'not-a-receiver');
  const altered = await askToPair({
    body: { ...pairReply, state: 'paired' },
    signWith: receiver,
    signInstead: Buffer.from(JSON.stringify(pairReply)),
  });
  assert.equal(altered.kind, 'not-a-receiver');
  const garbled = await askToPair({ body: { hello: 'world' }, signWith: receiver });
  assert.equal(garbled.kind, 'not-a-receiver');
  const notJson = await askToPair({ body: Buffer.from('<html>'), signWith: receiver });
  assert.equal(notJson.kind, 'not-a-receiver');
});

test('a reply larger than any Kuulluksi reply is not read', async () => {
  const huge = await askToPair({ body: Buffer.alloc(maxReplyBytes + 1, 32), signWith: receiver });
  assert.deepEqual(huge, {
    kind: 'not-a-receiver',
    reason: 'the reply was larger than any Kuulluksi reply can be',
  });
});

test('a refusal the receiver signed comes back with its code and reason', async () => {
  const refusal = {
    format: 'kuulluksi-lan-refusal',
    version: 1,
    code: 'clock-skew',
    reason: 'the kiosk’s clock is 12 minutes ahead',
  };
  assert.deepEqual(await askToPair({ status: 403, body: refusal, signWith: receiver }), {
    kind: 'refused',
    code: 'clock-skew',
    reason: refusal.reason,
  });
  const forgedRefusal = await askToPair({ status: 403, body: refusal, signWith: impostor });
  assert.equal(forgedRefusal.kind, 'key-changed', 'a refusal counts only from the paired key too');
});

test('nothing listening, or a staff PC that never answers, is unreachable', async () => {
  const nothing = await call({
    address: { host: '127.0.0.1', port: await closedPort() },
    method: 'GET',
    path: lanPaths.hello,
    receiverKey: null,
    replySchema: pairSchema,
  });
  assert.equal(nothing.kind, 'unreachable');
  assert.match(nothing.kind === 'unreachable' ? nothing.reason : '', /ECONNREFUSED/);

  const hanging = await askToPair({ body: pairReply, signWith: receiver, hang: true });
  assert.deepEqual(hanging, { kind: 'unreachable', reason: 'no reply within 1 second' });
});

test('hello is not signed, and its reply is believed from the key it is signed with', async () => {
  let headers: Record<string, unknown> = {};
  const { address } = await signedReplyServer((request) => {
    headers = request.headers;
    return { body: pairReply, signWith: impostor };
  });
  const reply = await call({
    address: parseLanAddress(address),
    method: 'GET',
    path: lanPaths.hello,
    receiverKey: null,
    replySchema: pairSchema,
  });
  assert.deepEqual(reply, { kind: 'replied', value: pairReply, signedBy: impostor.publicKey });
  assert.equal(headers['kuulluksi-signature'], undefined);
  assert.match(String(headers['kuulluksi-nonce']), /^[A-Za-z0-9_-]{22}$/);
});

test('a fault inside the staff PC, signed and said without detail, is worth trying again later', async () => {
  const fault = await askToPair({ status: 500, body: Buffer.alloc(0), signWith: receiver });
  assert.equal(fault.kind, 'unreachable');
});
