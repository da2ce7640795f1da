import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { test } from 'node:test';
import { generateSigningKeyPair } from '../../../../../electron/core/keys/ed25519.ts';
import { batchPath, lanHeaders, lanLimits, lanPaths } from '../../../../../electron/core/lan/protocol.ts';
import type { ListenAddress } from '../../../../../electron/core/staff/lan/listen-address.ts';
import { answerOf, lanKiosk, readAnswer, type LanAnswer } from '../../../../helpers/lan-kiosk.ts';
import { fixedClock } from '../../../../helpers/kiosk-and-staff.ts';
import { kioskWithBatches, pairOverLan, receivingStaff } from '../../../../helpers/lan-staff.ts';
import { movableClock } from '../../../../helpers/movable-clock.ts';

/**
 * Sends a request's headers and then a body the receiver never asked for: `declared` bytes said
 * in Content-Length and none sent, or (without it) chunks until the receiver answers.
 */
function sendOversized(
  address: ListenAddress,
  path: string,
  headers: Record<string, string>,
  receiverKey: string,
  declared?: number,
): Promise<LanAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({
      ...address,
      method: 'PUT',
      path,
      agent: false,
      headers: { ...headers, ...(declared !== undefined && { 'Content-Length': String(declared) }) },
    });
    request.once('response', (response) =>
      answerOf(response, headers[lanHeaders.nonce]!, receiverKey).then(resolve, reject),
    );
    // Once the answer is in, the receiver closes the connection: writing then fails, as expected.
    request.once('error', (error) => setTimeout(() => reject(error), 1000));
    if (declared !== undefined) return request.flushHeaders();
    const chunk = randomBytes(256 * 1024);
    let sent = 0;
    const pump = () => {
      while (sent <= 2 * lanLimits.maxBatchBytes && !request.destroyed) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once('drain', pump);
      }
    };
    pump();
  });
}

test('a batch declared larger than any batch can be is refused before a byte of it is read', async () => {
  const staff = await receivingStaff();
  const { client } = await kioskWithBatches(staff);
  await pairOverLan(staff, client);
  const path = batchPath('a'.repeat(64));
  const headers = client.sign('PUT', path, Buffer.alloc(0));
  const refused = await sendOversized(
    staff.address,
    path,
    headers,
    staff.receiverKey,
    lanLimits.maxBatchBytes + 1,
  );
  assert.equal(refused.status, 413);
  assert.equal(refused.signed, true);
  assert.equal(refused.json.code, 'too-large');
  assert.deepEqual(readdirSync(staff.inbox), ['rejected'], 'nothing was written');

  const json = Buffer.alloc(lanLimits.maxJsonBytes + 1, ' ');
  const pair = await client.send('POST', lanPaths.pair, json);
  assert.equal(pair.status, 413, 'a JSON message has its own, smaller cap');
});

test('a chunked batch with no length is cut off at the cap, and nothing is written', async () => {
  const staff = await receivingStaff();
  const { client } = await kioskWithBatches(staff);
  await pairOverLan(staff, client);
  const path = batchPath('b'.repeat(64));
  const refused = await sendOversized(
    staff.address,
    path,
    client.sign('PUT', path, Buffer.alloc(0)),
    staff.receiverKey,
  );
  assert.equal(refused.status, 413);
  assert.equal(refused.signed, true);
  assert.equal(refused.json.code, 'too-large');
  assert.deepEqual(readdirSync(staff.inbox), ['rejected'], 'nothing was written');
  assert.equal((await client.contact(0)).status, 200, 'the kiosk carries on');
});

test('headers larger than 8 KiB get a signed refusal and nothing more', async () => {
  const staff = await receivingStaff();
  const answer = await new Promise<Buffer>((resolve) => {
    const socket = connect(staff.address.port, staff.address.host);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.once('close', () => resolve(Buffer.concat(chunks)));
    socket.on('error', () => undefined);
    socket.write(
      `GET ${lanPaths.hello} HTTP/1.1\r\nHost: x\r\nX-Padding: ${'p'.repeat(lanLimits.maxHeaderBytes)}\r\n\r\n`,
    );
  });
  const [head, body] = [
    answer.subarray(0, answer.indexOf('\r\n\r\n')).toString(),
    answer.subarray(answer.indexOf('\r\n\r\n') + 4),
  ];
  const headers = Object.fromEntries(
    head
      .split('\r\n')
      .slice(1)
      .map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 2)]),
  );
  const reply = readAnswer(Number(head.split(' ')[1]), body, headers, '', staff.receiverKey);
  assert.equal(reply.status, 413);
  assert.equal(reply.signed, true);
  assert.equal(reply.json.code, 'too-large');
});

test('a request without its signature, or altered after signing, is refused as not signed by the kiosk', async () => {
  const staff = await receivingStaff();
  const client = lanKiosk(staff.address, generateSigningKeyPair(), staff.receiverKey, () =>
    staff.clock().getTime(),
  );
  const unsigned = await client.send('POST', lanPaths.pair, Buffer.from('{}'), { headers: {} });
  assert.equal(unsigned.status, 401);
  assert.equal(unsigned.json.code, 'bad-signature');
  assert.match(unsigned.json.reason, /not signed by a kiosk key/);

  const body = Buffer.from(JSON.stringify({ format: 'kuulluksi-lan-pair', version: 1 }));
  const headers = client.sign('POST', lanPaths.pair, body);
  const altered = await client.send('POST', lanPaths.pair, Buffer.from(body.toString().replace('1', '2')), {
    headers,
  });
  assert.equal(altered.json.code, 'bad-signature');
  const forAnother = lanKiosk(staff.address, client.keys, generateSigningKeyPair().publicKey, () =>
    staff.clock().getTime(),
  );
  const misaddressed = await forAnother.pair();
  assert.equal(
    misaddressed.signed,
    false,
    'the reply is signed by this receiver, not the one the kiosk meant',
  );
  assert.equal(misaddressed.json.code, 'bad-signature');
  assert.match(misaddressed.json.reason, /meant for another receiver/);
  assert.deepEqual((await staff.call('staff.kiosks')).value.kiosks, [], 'no pairing request was recorded');
});

test('a replayed request is refused, and so is one signed on a clock ten minutes off', async () => {
  const staff = await receivingStaff();
  const { client } = await kioskWithBatches(staff);
  const body = Buffer.from(JSON.stringify({ format: 'kuulluksi-lan-pair', version: 1 }));
  const headers = client.sign('POST', lanPaths.pair, body);
  assert.equal((await client.send('POST', lanPaths.pair, body, { headers })).json.state, 'waiting');
  const stored = staff.stored();
  const replayed = await client.send('POST', lanPaths.pair, body, { headers });
  assert.equal(replayed.status, 409);
  assert.equal(replayed.signed, true);
  assert.equal(replayed.json.code, 'replayed');

  const now = staff.clock().getTime();
  const ahead = await client.pair({ at: now + lanLimits.clockSkewMs + 60_000 });
  assert.equal(ahead.status, 401);
  assert.equal(ahead.json.code, 'clock-skew');
  assert.match(ahead.json.reason, /the kiosk's clock is 11 minutes ahead of the staff PC's/);
  const behind = await client.pair({ at: now - 2 * lanLimits.clockSkewMs });
  assert.match(behind.json.reason, /20 minutes behind/);
  assert.equal(staff.stored(), stored, 'none of them changed anything');
});

test('past its requests a minute, a kiosk key is refused until the minute is up', async () => {
  const time = movableClock(fixedClock());
  const staff = await receivingStaff({ clock: time.clock });
  // A key that never paired: each request verifies, and is refused without any writing.
  const client = lanKiosk(staff.address, generateSigningKeyPair(), staff.receiverKey, () =>
    staff.clock().getTime(),
  );
  for (let i = 0; i < lanLimits.requestsPerKeyPerMinute; i++) {
    const reply = await client.contact(0);
    assert.equal(reply.json.code, 'not-paired', `request ${i + 1}`);
  }
  const limited = await client.contact(0);
  assert.equal(limited.status, 429);
  assert.equal(limited.signed, true);
  assert.equal(limited.json.code, 'too-many-requests');
  assert.match(limited.json.reason, /more than 240 requests a minute came from this kiosk/);
  const other = lanKiosk(staff.address, generateSigningKeyPair(), staff.receiverKey, () =>
    staff.clock().getTime(),
  );
  assert.equal((await other.contact(0)).json.code, 'not-paired', 'another kiosk is not held back');
  time.advanceSeconds(60);
  assert.equal((await client.contact(0)).json.code, 'not-paired', 'a minute later it is heard again');
});

test('past its requests a minute, a network address is refused before anything else', async () => {
  const staff = await receivingStaff();
  const client = lanKiosk(staff.address, generateSigningKeyPair(), staff.receiverKey);
  for (let i = 0; i < lanLimits.requestsPerAddressPerMinute; i++) {
    assert.equal((await client.hello()).status, 200, `request ${i + 1}`);
  }
  const limited = await client.hello();
  assert.equal(limited.status, 429);
  assert.equal(limited.signed, true);
  assert.match(limited.json.reason, /more than 600 requests a minute came from 127\.0\.0\.1/);
  assert.equal(
    (await client.pair()).json.code,
    'too-many-requests',
    'before its signature is even looked at',
  );
});

test('what is not a message of the protocol is refused, and a fault of the receiver says nothing', async () => {
  const staff = await receivingStaff();
  const { client } = await kioskWithBatches(staff);
  const nowhere = await client.send('GET', '/index.html', Buffer.alloc(0));
  assert.equal(nowhere.status, 404);
  assert.equal(nowhere.signed, true);
  assert.match(nowhere.json.reason, /nothing else is served here/);
  assert.equal((await client.send('GET', lanPaths.pair, Buffer.alloc(0))).status, 400);
  const badJson = await client.send('POST', lanPaths.pair, Buffer.from('{"format":"kuulluksi-lan-pair"}'));
  assert.equal(badJson.json.code, 'bad-request');
  assert.match(badJson.json.reason, /version/);

  await pairOverLan(staff, client);
  staff.staff.db.exec('DROP TABLE lan_updates');
  const fault = await client.contact(0);
  assert.equal(fault.status, 500);
  assert.equal(fault.signed, true);
  assert.equal(fault.body.length, 0, 'nothing of the fault leaves the staff PC');
});
