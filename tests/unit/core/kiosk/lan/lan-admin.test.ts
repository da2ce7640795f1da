import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, test } from 'node:test';
import { pairingCode } from '../../../../../shared/pairing-code.ts';
import { kioskAtReception, tableRows } from '../../../../helpers/admin-kiosk.ts';
import { closedPort } from '../../../../helpers/closed-port.ts';

/** An ordinary web server: it answers, but signs nothing. */
async function plainWebServer(): Promise<string> {
  const server = createServer((_request, response) => response.end('<html>It works!</html>'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => server.close());
  return `127.0.0.1:${(server.address() as AddressInfo).port}`;
}

test('reception sees the kiosk is not paired over the LAN, its own code, and why answers wait', async () => {
  const { kiosk, token } = await kioskAtReception();
  const empty = await kiosk.handlers['admin.lan']({ token });
  assert.deepEqual(empty, {
    state: 'not-paired',
    receiver: null,
    staffKeyCodes: [],
    kioskCode: pairingCode(kiosk.identity.kioskId),
    lastContactAt: null,
    waitingBatches: 0,
    waitingAnswers: 0,
    why: null,
    problem: null,
  });
  kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 2, value: 4 });
  const waiting = await kiosk.handlers['admin.lan']({ token });
  assert.equal(waiting.waitingAnswers, 1);
  assert.equal(waiting.why, 'not-paired');
});

test('a typed address where nothing proper answers starts no pairing and changes nothing', async () => {
  const { kiosk, token } = await kioskAtReception();
  const before = tableRows(kiosk, 'lan_receiver');
  assert.deepEqual(
    await kiosk.handlers['admin.lanPair']({ token, address: `127.0.0.1:${await closedPort()}` }),
    {
      started: false,
      problem: 'unreachable',
      code: null,
    },
  );
  assert.deepEqual(await kiosk.handlers['admin.lanPair']({ token, address: await plainWebServer() }), {
    started: false,
    problem: 'not-a-receiver',
    code: null,
  });
  assert.deepEqual(tableRows(kiosk, 'lan_receiver'), before);
  assert.equal((await kiosk.handlers['admin.lanPairing']({ token })).state, 'not-paired');
});
