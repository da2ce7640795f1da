import assert from 'node:assert/strict';
import { test, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { generateSigningKeyPair } from '../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../electron/core/keys/fingerprint.ts';
import type { ReceiverHint } from '../../electron/core/lan/discovery-records.ts';
import { decoy } from '../helpers/hostile-mdns.ts';
import { createTestNetwork, namespaceSupport, type NamespaceChild } from '../helpers/netns.ts';

/**
 * mDNS discovery between real processes in network namespaces: the staff PC's receiver
 * advertises in one, the kiosk browses from another, over a veth link with addresses made here.
 * Multicast never touches this machine's real interfaces; where namespaces cannot be made, the
 * tests are skipped with the reason.
 */
const unsupported = namespaceSupport();
const skip = unsupported ? `mDNS is tested only inside network namespaces, and ${unsupported}` : false;
const peer = fileURLToPath(new URL('../helpers/discovery-peer.ts', import.meta.url));
const receiverFingerprint = fingerprint(generateSigningKeyPair().publicKey);

/** The staff PC has two networks: the kiosks' (to `kiosk`) and another (to `office`). */
function centre(t: TestContext) {
  return createTestNetwork(t, [
    { between: ['staff', 'kiosk'], subnet: '10.231.1' },
    { between: ['staff', 'office'], subnet: '10.231.2' },
  ]);
}
type Centre = ReturnType<typeof centre>;

async function advertise(network: Centre, name: string, interfaceAddress: string) {
  const options = { name, port: 4781, fingerprint: receiverFingerprint, interfaceAddress };
  const child = network.node('staff', peer, ['advertise', JSON.stringify(options)]);
  await child.waitForLine((line) => line === 'advertised', 'advertisement');
  return child;
}

const receiversIn = (line: string): ReceiverHint[] => JSON.parse(line.slice('receivers '.length));
const isReceivers = (matches: (found: ReceiverHint[]) => boolean) => (line: string) =>
  line.startsWith('receivers ') && matches(receiversIn(line));
const hasReceiver = (found: ReceiverHint[]) => found.some((hint) => hint.fingerprint === receiverFingerprint);

/** Browses from `namespace` again and again until a browse's result satisfies `matches`. */
async function browseUntil(
  network: Centre,
  namespace: string,
  options: object,
  matches: (found: ReceiverHint[]) => boolean,
  what: string,
) {
  const child = network.node(namespace, peer, ['browse', JSON.stringify({ timeoutMs: 1500, ...options })]);
  return { child, found: receiversIn(await child.waitForLine(isReceivers(matches), what)) };
}

test(
  'a receiver advertised on the staff PC is found from the kiosk with its name, address, port and fingerprint',
  { skip },
  async (t) => {
    const network = centre(t);
    const staffAddress = network.address('staff', 'kiosk');
    await advertise(network, 'Työhuone 2.krs', staffAddress);
    const expected = [
      { name: 'Työhuone 2-krs', host: staffAddress, port: 4781, fingerprint: receiverFingerprint },
    ];

    const onInterface = { interfaceAddress: network.address('kiosk', 'staff') };
    const { found } = await browseUntil(network, 'kiosk', onInterface, hasReceiver, 'the receiver');
    assert.deepEqual(found, expected);
    const { found: onEvery } = await browseUntil(
      network,
      'kiosk',
      {},
      hasReceiver,
      'the receiver (searching on every interface)',
    );
    assert.deepEqual(onEvery, expected);
  },
);

test(
  'a receiver is advertised only on the interface of the address it was given, naming only that address',
  { skip },
  async (t) => {
    const network = centre(t);
    const kioskSide = network.address('staff', 'kiosk');
    const officeSide = network.address('staff', 'office');
    await advertise(network, 'Toimisto', kioskSide);
    await browseUntil(network, 'kiosk', {}, hasReceiver, 'the receiver');

    const watch = network.node('kiosk', peer, ['watch', network.address('kiosk', 'staff')]);
    await watch.waitForLine((line) => line === 'ready', 'the watcher');
    const answer = await watch.waitForLine((line) => line.includes('"SRV"'), 'an answer with the service');
    assert.ok(!answer.includes(officeSide), `the answer names the staff PC's other network: ${answer}`);
    assert.ok(!answer.includes('"AAAA"'), answer);
    const records = JSON.parse(answer.slice('response '.length)) as { type: string; data: unknown }[];
    assert.deepEqual(
      records.filter((record) => record.type === 'A').map((record) => record.data),
      [kioskSide],
    );
    const target = records.find((record) => record.type === 'SRV')!.data as { target: string };
    assert.match(
      target.target,
      /^kuulluksi-[a-z2-7]{16}\.local$/,
      'the host name comes from the key, not the computer',
    );

    // The office network hears nothing of it while the kiosks' network does…
    const office = network.node('office', peer, ['browse', JSON.stringify({ timeoutMs: 2000 })]);
    const heard = receiversIn(
      await office.waitForLine(
        isReceivers(() => true),
        'a browse from the office',
      ),
    );
    assert.deepEqual(heard, []);
    // …until the same receiver is advertised there too, which shows the office could hear it.
    await advertise(network, 'Toimisto', officeSide);
    const { found } = await browseUntil(
      network,
      'office',
      {},
      hasReceiver,
      'the receiver on the office side',
    );
    assert.deepEqual(
      found.map((hint) => hint.host),
      [officeSide],
    );
  },
);

test('a stopped receiver says goodbye and is no longer found', { skip }, async (t) => {
  const network = centre(t);
  const advertiser = await advertise(network, 'Toimisto', network.address('staff', 'kiosk'));
  await browseUntil(network, 'kiosk', {}, hasReceiver, 'the receiver');

  const watch = network.node('kiosk', peer, ['watch', network.address('kiosk', 'staff')]);
  await watch.waitForLine((line) => line === 'ready', 'the watcher');
  advertiser.send('stop');
  await advertiser.waitForLine((line) => line === 'stopped', 'the stop');
  const goodbye = (line: string) =>
    line.startsWith('response ') &&
    JSON.parse(line.slice('response '.length)).some(
      (record: { type: string; name: string; ttl: number }) =>
        record.type === 'PTR' && record.name === '_kuulluksi._tcp.local' && record.ttl === 0,
    );
  await watch.waitForLine(goodbye, 'a goodbye (PTR with TTL 0)');

  // The advertising process is still running: it is stop() that withdrew the receiver.
  assert.ok(advertiser.running);
  await browseUntil(network, 'kiosk', {}, (found) => !hasReceiver(found), 'a browse without the receiver');
});

test('malformed and hostile answers are dropped, and the browser keeps running', { skip }, async (t) => {
  const network = centre(t);
  const staffAddress = network.address('staff', 'kiosk');
  await advertise(network, 'Toimisto', staffAddress);
  const hostile = network.node('staff', peer, ['hostile', staffAddress]);
  await hostile.waitForLine((line) => line.startsWith('sent '), 'hostile answers');

  const withDecoy = (found: ReceiverHint[]) =>
    hasReceiver(found) && found.some((hint) => hint.name === decoy.name);
  const { child, found } = await browseUntil(network, 'kiosk', {}, withDecoy, 'the receiver and the decoy');
  assert.deepEqual(found, [
    { name: decoy.name, host: staffAddress, port: decoy.port, fingerprint: decoy.fingerprint },
    { name: 'Toimisto', host: staffAddress, port: 4781, fingerprint: receiverFingerprint },
  ]);
  // Browsing on amid the noise: every later result is the same two, and nothing crashed.
  const rounds = child.lines.length;
  await child.waitForLine(() => child.lines.length >= rounds + 2, 'two more browses');
  for (const line of child.lines) assert.ok(receiversIn(line).length <= 2, line);
  assert.ok(child.running && hostile.running);
});

async function refusal(child: NamespaceChild) {
  return child.waitForLine((line) => line.startsWith('refused ') || line === 'advertised', 'an answer');
}

test(
  'loopback, unspecified, IPv6 and foreign addresses are refused before anything is sent',
  { skip },
  async (t) => {
    const network = centre(t);
    const options = { name: 'Toimisto', port: 4781, fingerprint: receiverFingerprint };
    for (const interfaceAddress of ['127.0.0.1', '0.0.0.0', '::1', '10.231.9.1', 'staff-pc.local']) {
      const child = network.node('staff', peer, [
        'advertise',
        JSON.stringify({ ...options, interfaceAddress }),
      ]);
      assert.match(await refusal(child), /^refused bad_request Not advertised: /, interfaceAddress);
    }
    const browse = network.node('kiosk', peer, [
      'browse',
      JSON.stringify({ interfaceAddress: '0.0.0.0', timeoutMs: 1000 }),
    ]);
    assert.match(await refusal(browse), /^refused bad_request Not searched: /);
    const badName = {
      ...options,
      name: 'Toimisto\u0007',
      interfaceAddress: network.address('staff', 'kiosk'),
    };
    const named = network.node('staff', peer, ['advertise', JSON.stringify(badName)]);
    assert.match(await refusal(named), /^refused bad_request Not advertised: name: .*control characters/);
  },
);

test(
  'UDP port 5353 held by another program is a refusal a person can act on, not a crash, on either side',
  { skip },
  async (t) => {
    const network = centre(t);
    const holder = network.node('staff', peer, ['hold-port']);
    await holder.waitForLine((line) => line === 'holding', 'the port held');
    const options = { name: 'Toimisto', port: 4781, fingerprint: receiverFingerprint };
    const interfaceAddress = network.address('staff', 'kiosk');
    const child = network.node('staff', peer, [
      'advertise',
      JSON.stringify({ ...options, interfaceAddress }),
    ]);
    assert.match(
      await refusal(child),
      /^refused transport_failed mDNS could not start .*port 5353.*can still be typed/,
    );

    const kioskHolder = network.node('kiosk', peer, ['hold-port']);
    await kioskHolder.waitForLine((line) => line === 'holding', 'the port held on the kiosk');
    const browse = network.node('kiosk', peer, ['browse', JSON.stringify({ timeoutMs: 1000 })]);
    assert.match(await refusal(browse), /^refused transport_failed mDNS could not start .*port 5353/);
  },
);
