import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readLanAddress, readListenAddress } from '../../../electron/cli/listen-flags.ts';
import { serve } from '../../../electron/cli/serve.ts';
import { staffReceive } from '../../../electron/cli/staff-receive.ts';

const problems = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

test('a listening address is an IP address with a port, 4781 when left out, IPv6 in brackets', () => {
  assert.deepEqual(readListenAddress('192.168.1.20:4790'), {
    ok: true,
    address: { host: '192.168.1.20', port: 4790 },
  });
  assert.deepEqual(readListenAddress('192.168.1.20'), {
    ok: true,
    address: { host: '192.168.1.20', port: 4781 },
  });
  assert.deepEqual(readListenAddress('[fe80::1]:0'), { ok: true, address: { host: 'fe80::1', port: 0 } });
  assert.deepEqual(readListenAddress('::1'), { ok: true, address: { host: '::1', port: 4781 } });
  assert.deepEqual(readListenAddress('0.0.0.0:4781'), { ok: true, address: { host: '0.0.0.0', port: 4781 } });
  for (const name of ['staff-pc:4781', 'localhost', '192.168.1:4781', '']) {
    const reading = readListenAddress(name);
    assert.match(reading.ok ? 'accepted' : reading.problem, /not an IP address/, name);
  }
  for (const port of ['65536', '-1', 'x', '']) {
    const reading = readListenAddress(`127.0.0.1:${port}`);
    assert.equal(!reading.ok && reading.problem, 'the port must be a whole number from 0 to 65535', port);
  }
  assert.equal(readLanAddress('127.0.0.1').ok, true);
  assert.equal(readLanAddress('127.0.0.1:4781').ok, false, "serve's address comes without its port");
});

test('staff receive needs at least one address, each once, and a readable name of 1 to 100 characters', () => {
  const parse = (args: Record<string, unknown>) =>
    problems(staffReceive.schema.safeParse({ data: 'd', ...args }));
  assert.deepEqual(parse({}), ['--listen is required']);
  assert.deepEqual(parse({ listen: ['127.0.0.1', '127.0.0.1:4781'] }), [
    '--listen 127.0.0.1:4781 is given twice; give each address once',
  ]);
  assert.deepEqual(parse({ listen: ['127.0.0.1:x'] }), [
    '--listen 127.0.0.1:x: the port must be a whole number from 0 to 65535',
  ]);
  assert.deepEqual(parse({ listen: ['127.0.0.1'], name: ' ' }), [
    '--name: a receiver name must not be empty',
  ]);
  assert.match(parse({ listen: ['127.0.0.1'], name: 'n'.repeat(101) })[0]!, /^--name: .*100/);
  assert.deepEqual(parse({ listen: ['127.0.0.1'], name: 'Office\u202e' }), [
    '--name: a receiver name must not contain control characters',
  ]);
  assert.deepEqual(parse({ listen: ['127.0.0.1', '::1'], name: ' Office PC ' }), []);
});

test('serve takes --lan-port and --lan-address together, and only for the staff tool', () => {
  const parse = (args: Record<string, unknown>) =>
    problems(serve.schema.safeParse({ role: 'staff', data: 'd', ...args }));
  assert.deepEqual(parse({ 'lan-port': '4781', 'lan-address': ['192.168.1.20', '10.0.0.5'] }), []);
  assert.deepEqual(parse({ 'lan-port': '4781' }), [
    '--lan-port needs --lan-address HOST too: the receiver listens only on the addresses it is given',
  ]);
  assert.deepEqual(parse({ 'lan-address': ['192.168.1.20'] }), [
    '--lan-address needs --lan-port N too (4781 is usual)',
  ]);
  assert.deepEqual(parse({ 'lan-port': '70000', 'lan-address': ['192.168.1.20'] }), [
    '--lan-port must be a whole number from 0 to 65535, not "70000"',
  ]);
  assert.match(
    parse({ 'lan-port': '4781', 'lan-address': ['192.168.1.20:4781'] })[0]!,
    /its port goes in --lan-port/,
  );
  assert.deepEqual(parse({ role: 'kiosk', 'lan-port': '4781', 'lan-address': ['192.168.1.20'] }), [
    '--lan-port and --lan-address are for --role staff only: a kiosk receives nothing over the network',
  ]);
});
