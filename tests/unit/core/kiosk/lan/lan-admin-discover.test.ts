import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../../../../electron/core/errors.ts';
import { lanAdminHandlers } from '../../../../../electron/core/kiosk/lan/lan-admin-handlers.ts';
import { kioskAtReception, tableRows } from '../../../../helpers/admin-kiosk.ts';
import { closedPort } from '../../../../helpers/closed-port.ts';

/** The session check as the admin view's handlers make it, for handlers built here with a search of the test's own. */
const openSession = <I extends { token: string }, O>(work: (input: I) => O) => work;

test('staff PCs found on the network are offered as addresses to type, an IPv6 one in brackets', async () => {
  const { kiosk, token } = await kioskAtReception();
  const handlers = lanAdminHandlers(kiosk.lan, openSession, async () => [
    { name: 'Toimisto', host: '192.168.1.20', port: 4781, fingerprint: 'MFRG-GZDF-MZTW-Q2LK' },
    { name: 'Ohjaajat', host: 'fe80::1', port: 4781, fingerprint: 'MZUH-VLPY-MK6X-O3EP' },
  ]);
  assert.deepEqual(await handlers['admin.lanDiscover']({ token }), {
    found: [
      { name: 'Toimisto', address: '192.168.1.20:4781' },
      { name: 'Ohjaajat', address: '[fe80::1]:4781' },
    ],
    problem: null,
  });
});

test('a search that cannot run says why in its own sentence; a fault is not hidden as one', async () => {
  const { kiosk, token } = await kioskAtReception();
  const sentence = 'Not searched: this computer has no IPv4 network connection.';
  const noNetwork = lanAdminHandlers(kiosk.lan, openSession, async () => {
    throw new AppError('transport_failed', sentence);
  });
  assert.deepEqual(await noNetwork['admin.lanDiscover']({ token }), { found: [], problem: sentence });
  const broken = lanAdminHandlers(kiosk.lan, openSession, async () => {
    throw new TypeError('a bug');
  });
  await assert.rejects(async () => broken['admin.lanDiscover']({ token }), TypeError);
});

test('asking who answers at an address where nothing does says so and stores nothing', async () => {
  const { kiosk, token } = await kioskAtReception();
  const before = tableRows(kiosk, 'lan_receiver');
  assert.deepEqual(
    await kiosk.handlers['admin.lanHello']({ token, address: `127.0.0.1:${await closedPort()}` }),
    {
      answered: false,
      problem: 'unreachable',
      code: null,
    },
  );
  assert.deepEqual(tableRows(kiosk, 'lan_receiver'), before);
  assert.equal((await kiosk.handlers['admin.lan']({ token })).state, 'not-paired');
});

test('Send now with no staff PC paired delivers nothing and says why answers wait', async () => {
  const { kiosk, token } = await kioskAtReception();
  kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 2, value: 4 });
  const sent = await kiosk.handlers['admin.lanPush']({ token });
  assert.equal(sent.delivered, 0);
  assert.equal(sent.status.why, 'not-paired');
  assert.equal(sent.status.waitingAnswers, 1);
});

test('the new LAN methods need an open admin view', async () => {
  const { kiosk } = await kioskAtReception();
  const stranger = 'x'.repeat(43);
  for (const call of [
    () => kiosk.handlers['admin.lanDiscover']({ token: stranger }),
    () => kiosk.handlers['admin.lanHello']({ token: stranger, address: '127.0.0.1:1' }),
    () => kiosk.handlers['admin.lanPush']({ token: stranger }),
  ]) {
    await assert.rejects(async () => call(), { code: 'forbidden' });
  }
});
