import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkLanAddress } from '../../../shared/lan-address.ts';
import { lanAddressSchema } from '../../../shared/lan-status.ts';

test('a staff PC address is a host name, an IPv4 address or a bracketed IPv6 address, and a port', () => {
  for (const address of ['192.168.1.20:4781', 'office-pc.local:4781', '[::1]:4781', 'staff:1', 'pc:65535']) {
    assert.deepEqual(checkLanAddress(address), { ok: true, address }, address);
  }
  assert.deepEqual(checkLanAddress('  192.168.1.20:4781 '), { ok: true, address: '192.168.1.20:4781' });
});

test('a typed address says what is wrong with it: nothing typed, no port or a bad form, or a port out of range', () => {
  assert.deepEqual(checkLanAddress('   '), { ok: false, issue: 'empty' });
  for (const typed of [
    '192.168.1.20',
    'http://pc:4781',
    'pc:',
    '::1:4781',
    'pc:123456',
    '-pc:4781',
    'a b:1',
  ]) {
    assert.deepEqual(checkLanAddress(typed), { ok: false, issue: 'format' }, typed);
  }
  for (const typed of ['pc:0', 'pc:65536', 'pc:99999']) {
    assert.deepEqual(checkLanAddress(typed), { ok: false, issue: 'port' }, typed);
  }
});

test('the admin view and the core accept exactly the same addresses', () => {
  const samples = [
    '192.168.1.20:4781',
    '[fe80::1]:80',
    'pc:0',
    'pc:65536',
    'x',
    '',
    'pc.local:4781',
    'a'.repeat(301) + ':1',
  ];
  for (const typed of samples) {
    assert.equal(checkLanAddress(typed).ok, lanAddressSchema.safeParse(typed).success, typed);
  }
});
