import { isIPv4 } from 'node:net';
import type { NetworkInterfaceInfo } from 'node:os';

/**
 * Which addresses LAN discovery may use. Discovery is IPv4 only in protocol version 1: mDNS over
 * IPv6 needs an interface scope that a listen address does not carry, and every centre network
 * we know of gives its PCs an IPv4 address. A typed address (IPv6 included) always works anyway.
 */

const octets = (address: string) => address.split('.').map(Number) as [number, number, number, number];

/**
 * True for an IPv4 address a kiosk could reach a staff PC at on the local network. Refused: the
 * unspecified 0.0.0.0/8, loopback 127/8 (an answer naming it would point the kiosk at a service
 * on the kiosk itself), multicast 224/4 and the reserved 240/4 with the broadcast address.
 */
export function isUsableLanAddress(address: string): boolean {
  if (!isIPv4(address)) return false;
  const [first] = octets(address);
  return first !== 0 && first !== 127 && first < 224;
}

export type InterfaceChoice = { ok: true; address: string } | { ok: false; reason: string };

/**
 * The one interface mDNS may use, named by an address of this machine. The rule: the address must
 * be an IPv4 address on one of this machine's own interfaces, and neither loopback nor the
 * unspecified 0.0.0.0 (which names every interface at once, so nobody could tell where the
 * advertisement goes). Anything else is refused rather than guessed, so an advertisement never
 * reaches a network staff did not choose.
 */
export function chooseInterface(
  address: string,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>,
): InterfaceChoice {
  if (!isIPv4(address)) {
    return { ok: false, reason: `${address} is not an IPv4 address; discovery uses IPv4 only.` };
  }
  if (!isUsableLanAddress(address)) {
    return {
      ok: false,
      reason: `${address} is not an address on a local network (loopback, 0.0.0.0, multicast and broadcast addresses are refused).`,
    };
  }
  const local = Object.values(interfaces)
    .flat()
    .some(
      (info) => info !== undefined && info.family === 'IPv4' && info.address === address && !info.internal,
    );
  if (!local) {
    return { ok: false, reason: `${address} is not an address of this computer's network interfaces.` };
  }
  return { ok: true, address };
}

/**
 * The address of each interface a kiosk can search from: the first usable IPv4 address of every
 * interface that is not loopback (multicast membership is per interface, so one address each).
 */
export function lanInterfaceAddresses(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string[] {
  return Object.values(interfaces).flatMap((infos = []) => {
    const usable = infos.find(
      (info) => info.family === 'IPv4' && !info.internal && isUsableLanAddress(info.address),
    );
    return usable ? [usable.address] : [];
  });
}
