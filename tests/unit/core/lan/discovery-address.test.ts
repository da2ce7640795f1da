import assert from 'node:assert/strict';
import type { NetworkInterfaceInfo } from 'node:os';
import { test } from 'node:test';
import {
  chooseInterface,
  isUsableLanAddress,
  lanInterfaceAddresses,
} from '../../../../electron/core/lan/discovery-address.ts';

const ipv4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '02:00:00:00:00:01',
  internal,
  cidr: `${address}/24`,
});
const ipv6 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '02:00:00:00:00:01',
  internal: false,
  cidr: `${address}/64`,
  scopeid: 2,
});

/** The shape os.networkInterfaces() returns on a staff PC with a wired LAN and Wi-Fi. */
const staffPc = {
  lo: [ipv4('127.0.0.1', true), { ...ipv6('::1'), internal: true }],
  eth0: [ipv6('fe80::1'), ipv4('192.168.1.20'), ipv4('192.168.1.21')],
  wlan0: [ipv4('10.20.0.7')],
  docker0: [],
};

test('only a local IPv4 address a kiosk could reach is usable', () => {
  for (const address of ['192.168.1.20', '10.231.1.1', '172.16.0.1', '169.254.10.2', '100.64.0.1']) {
    assert.ok(isUsableLanAddress(address), address);
  }
  for (const address of [
    '127.0.0.1',
    '127.1.2.3',
    '0.0.0.0',
    '0.1.2.3',
    '224.0.0.251',
    '239.255.255.250',
    '240.0.0.1',
    '255.255.255.255',
    '::1',
    'fe80::1',
    '192.168.1',
    '192.168.1.300',
    'staff-pc.local',
    '',
  ]) {
    assert.ok(!isUsableLanAddress(address), address);
  }
});

test('the advertised interface is the one that holds the given address', () => {
  assert.deepEqual(chooseInterface('192.168.1.21', staffPc), { ok: true, address: '192.168.1.21' });
  assert.deepEqual(chooseInterface('10.20.0.7', staffPc), { ok: true, address: '10.20.0.7' });
});

test('loopback, the unspecified address, IPv6 and addresses of other machines are refused with the reason', () => {
  const refusals: [string, RegExp][] = [
    ['127.0.0.1', /loopback, 0\.0\.0\.0/],
    ['0.0.0.0', /loopback, 0\.0\.0\.0/],
    ['::', /not an IPv4 address/],
    ['fe80::1', /not an IPv4 address/],
    ['192.168.1.99', /not an address of this computer/],
    ['staff-pc.local', /not an IPv4 address/],
  ];
  for (const [address, reason] of refusals) {
    const choice = chooseInterface(address, staffPc);
    assert.equal(choice.ok, false, address);
    assert.match(!choice.ok ? choice.reason : '', reason, address);
  }
  const loopbackOnly = { lo: [ipv4('127.0.0.1', true)], tun0: [ipv4('10.8.0.2', true)] };
  assert.equal(chooseInterface('10.8.0.2', loopbackOnly).ok, false, 'an internal interface is refused');
});

test('a kiosk searches from one address on each network interface, never loopback', () => {
  assert.deepEqual(lanInterfaceAddresses(staffPc), ['192.168.1.20', '10.20.0.7']);
  assert.deepEqual(lanInterfaceAddresses({ lo: staffPc.lo }), []);
});
