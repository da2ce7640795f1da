import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateSigningKeyPair } from '../../../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../../../electron/core/keys/fingerprint.ts';
import {
  discoveryTxt,
  instanceLabel,
  maxReceiverHints,
  receiverHints,
  receiverHostName,
  toReceiverHint,
} from '../../../../electron/core/lan/discovery-records.ts';

const receiverFingerprint = fingerprint(generateSigningKeyPair().publicKey);

/** A service as bonjour-service's browser hands it over, for a receiver at 192.168.1.20. */
function discovered(overrides: Record<string, unknown> = {}, fp = receiverFingerprint) {
  return {
    name: instanceLabel('Toimisto', fp),
    fqdn: `${instanceLabel('Toimisto', fp)}._kuulluksi._tcp.local`,
    host: receiverHostName(fp),
    type: 'kuulluksi',
    protocol: 'tcp',
    port: 4781,
    addresses: ['192.168.1.20'],
    referer: { address: '192.168.1.20', family: 'IPv4', port: 5353, size: 200 },
    txt: discoveryTxt(fp),
    subtypes: [],
    ...overrides,
  };
}

const expected = { name: 'Toimisto', host: '192.168.1.20', port: 4781, fingerprint: receiverFingerprint };

test('a well-formed service becomes a hint with the name staff gave, its address, port and fingerprint', () => {
  assert.deepEqual(toReceiverHint(discovered()), expected);
  assert.deepEqual(discoveryTxt(receiverFingerprint), { v: '1', fp: receiverFingerprint });
});

test('the instance name fits one DNS label, cut between characters, with the fingerprint group after it', () => {
  for (const name of ['Työhuone', 'Ä'.repeat(80), '🙂'.repeat(40), 'a'.repeat(100), 'Huone 2.krs']) {
    const label = instanceLabel(name, receiverFingerprint);
    assert.ok(Buffer.byteLength(label) <= 63, `${label} is ${Buffer.byteLength(label)} bytes`);
    assert.ok(label.endsWith(` (${receiverFingerprint.slice(0, 4)})`), label);
    assert.ok(!label.includes('\ufffd'), `a character was cut in half: ${label}`);
    const hint = toReceiverHint(discovered({ name: label }));
    assert.ok(hint && name.replaceAll('.', '-').startsWith(hint.name), `${name} came back as ${hint?.name}`);
  }
  assert.equal(
    toReceiverHint(discovered({ name: instanceLabel('Huone 2.krs', receiverFingerprint) }))?.name,
    'Huone 2-krs',
  );
});

test('two receivers with the same name get different instance names', () => {
  const other = fingerprint(generateSigningKeyPair().publicKey);
  assert.notEqual(instanceLabel('Toimisto', receiverFingerprint), instanceLabel('Toimisto', other));
});

test('the SRV host name comes from the key, never from the computer', () => {
  assert.match(receiverHostName(receiverFingerprint), /^kuulluksi-[a-z2-7]{16}\.local$/);
});

test('a name without this fingerprint group after it (another program, another key) is kept whole', () => {
  assert.equal(toReceiverHint(discovered({ name: 'Toimisto (WXYZ)' }))?.name, 'Toimisto (WXYZ)');
  assert.equal(toReceiverHint(discovered({ name: 'Staff PC' }))?.name, 'Staff PC');
});

test('the address the answer came from is preferred when the answer lists it', () => {
  const listed = { addresses: ['10.0.0.5', '192.168.1.20'] };
  assert.equal(toReceiverHint(discovered(listed))?.host, '192.168.1.20');
  const elsewhere = { ...listed, referer: { address: '172.16.0.9' } };
  assert.equal(toReceiverHint(discovered(elsewhere))?.host, '10.0.0.5', 'an unlisted sender is not trusted');
  const noReferer = { addresses: ['127.0.0.1', 'fe80::1', '10.0.0.5'], referer: undefined };
  assert.equal(toReceiverHint(discovered(noReferer))?.host, '10.0.0.5', 'unusable addresses are skipped');
});

test('anything malformed in a service drops the whole service', () => {
  const malformed: Record<string, unknown>[] = [
    { txt: { v: '2', fp: receiverFingerprint } },
    { txt: { fp: receiverFingerprint } },
    { txt: { v: '1' } },
    { txt: { v: '1', fp: receiverFingerprint.toLowerCase() } },
    { txt: { v: '1', fp: 'MFRG-GZDF' } },
    { txt: { v: 1, fp: receiverFingerprint } },
    { txt: undefined },
    { port: 0 },
    { port: 65_536 },
    { port: 47.81 },
    { port: '4781' },
    { port: undefined },
    { addresses: [] },
    { addresses: ['127.0.0.1'], referer: { address: '127.0.0.1' } },
    { addresses: ['0.0.0.0'] },
    { addresses: ['224.0.0.251'] },
    { addresses: ['255.255.255.255'] },
    { addresses: ['fe80::1'] },
    { addresses: ['192.168.1.256'] },
    { addresses: ['staff-pc.local'] },
    { addresses: '192.168.1.20' },
    { addresses: Array.from({ length: 65 }, () => '192.168.1.20') },
    { name: '' },
    { name: ` (${receiverFingerprint.slice(0, 4)})` },
    { name: 'Toimisto\u0007' },
    { name: 'Toimisto\u202e' },
    { name: 'Toi\u0000misto' },
    { name: 42 },
  ];
  for (const change of malformed) {
    assert.equal(toReceiverHint(discovered(change)), null, JSON.stringify(change));
  }
  for (const notAService of [null, undefined, 'Toimisto', 42, [], {}]) {
    assert.equal(toReceiverHint(notAService), null, String(notAService));
  }
});

test('the list has each address and port once, malformed services left out, sorted by name', () => {
  const second = fingerprint(generateSigningKeyPair().publicKey);
  const hints = receiverHints([
    discovered({ name: instanceLabel('Vastaanotto', second), addresses: ['192.168.1.30'] }, second),
    discovered(),
    discovered({ port: 0 }),
    discovered({ name: 'Toimisto again' }),
    'garbage',
  ]);
  assert.deepEqual(hints, [
    expected,
    { name: 'Vastaanotto', host: '192.168.1.30', port: 4781, fingerprint: second },
  ]);
});

test('a flood of services is cut to a list a person can read', () => {
  const flood = Array.from({ length: 500 }, (_, i) =>
    discovered({ addresses: [`10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`] }),
  );
  assert.equal(receiverHints(flood).length, maxReceiverHints);
});
