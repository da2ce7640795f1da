import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { generateSigningKeyPair } from '../../../../../electron/core/keys/ed25519.ts';
import { lanHeaders, lanPaths } from '../../../../../electron/core/lan/protocol.ts';
import { exchange } from '../../../../fuzz/lan-exchange.ts';
import { lanKiosk } from '../../../../helpers/lan-kiosk.ts';
import { receivingStaff } from '../../../../helpers/lan-staff.ts';
import { respelled } from '../../../../helpers/respelled.ts';

/** A hello as raw bytes, with the header lines given, and what came back. */
async function helloWith(staff: Awaited<ReturnType<typeof receivingStaff>>, lines: string[]) {
  const nonce = randomBytes(16).toString('base64url');
  const bytes = Buffer.from(
    [`GET ${lanPaths.hello} HTTP/1.1`, ...lines, `${lanHeaders.nonce}: ${nonce}`, '', ''].join('\r\n'),
  );
  return exchange(
    staff.address,
    { kind: 'hello', bytes, nonces: [nonce], stalls: false },
    staff.receiverKey,
    15_000,
  );
}

test('a request without Host, or with an Expect the receiver does not know, still gets a signed reply', async () => {
  const staff = await receivingStaff();
  for (const lines of [[], ['Host: 127.0.0.1', 'Expect: something-else']]) {
    const answer = await helloWith(staff, lines);
    assert.equal(answer.outcome, 'replied', `headers ${lines.join(', ')}`);
    assert.ok(
      answer.outcome === 'replied' && answer.status === 200 && answer.signed,
      `headers ${lines.join(', ')}`,
    );
  }
});

test('a pairing request whose key header is respelled is refused and stores nothing', async () => {
  const staff = await receivingStaff();
  const client = lanKiosk(staff.address, generateSigningKeyPair(), staff.receiverKey, () =>
    staff.clock().getTime(),
  );
  const body = Buffer.from(JSON.stringify({ format: 'kuulluksi-lan-pair', version: 1 }));
  const headers = client.sign('POST', lanPaths.pair, body);
  const before = staff.stored();
  const refused = await client.send('POST', lanPaths.pair, body, {
    headers: { ...headers, [lanHeaders.key]: respelled(headers[lanHeaders.key]) },
  });
  assert.equal(refused.status, 401);
  assert.equal(refused.signed, true);
  assert.equal(refused.json.code, 'bad-signature');
  assert.equal(staff.stored(), before);
  assert.equal(
    (await client.send('POST', lanPaths.pair, body, { headers })).json.state,
    'waiting',
    'the request as signed still pairs',
  );
});
