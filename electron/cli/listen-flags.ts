import { isIP } from 'node:net';
import { z } from 'zod';
import { defaultLanPort } from '../core/lan/protocol.ts';
import { formatListenAddress, type ListenAddress } from '../core/staff/lan/listen-address.ts';

/**
 * Where the LAN receiver listens, as IT types it. Only IP addresses: a name could resolve to an
 * address nobody meant, and the receiver listens on exactly what it is told. `0.0.0.0` (or `::`)
 * is every interface, which a person may choose but never gets without asking.
 */
type Reading = { ok: true; address: ListenAddress } | { ok: false; problem: string };

function readHost(text: string): string | null {
  const host = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  return isIP(host) === 0 ? null : host;
}

function readPort(text: string): number | null {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  return port >= 0 && port <= 65535 ? port : null;
}

/** HOST:PORT, or HOST alone for the default port; an IPv6 host with a port goes in brackets. */
export function readListenAddress(text: string): Reading {
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  const [hostText, portText] = bracketed
    ? [bracketed[1]!, bracketed[2]]
    : isIP(text) === 6
      ? [text, undefined]
      : text.includes(':')
        ? [text.slice(0, text.lastIndexOf(':')), text.slice(text.lastIndexOf(':') + 1)]
        : [text, undefined];
  const host = readHost(hostText);
  if (host === null) {
    return {
      ok: false,
      problem:
        'not an IP address of this computer (like 192.168.1.20); names are not taken, since a name could stand for another address',
    };
  }
  const port = portText === undefined ? defaultLanPort : readPort(portText);
  if (port === null) return { ok: false, problem: 'the port must be a whole number from 0 to 65535' };
  return { ok: true, address: { host, port } };
}

/** A flag given once or more, each an address; the same address twice is refused as a slip. */
export const listenAddressesFlag = (flag: string, read: (text: string) => Reading) =>
  z.array(z.string(), { error: `--${flag} is required` }).transform((texts, context) => {
    const addresses: ListenAddress[] = [];
    for (const text of texts) {
      const reading = read(text);
      if (!reading.ok) {
        context.addIssue({ code: 'custom', message: `--${flag} ${text}: ${reading.problem}` });
        return z.NEVER;
      }
      if (
        addresses.some((address) => formatListenAddress(address) === formatListenAddress(reading.address))
      ) {
        context.addIssue({
          code: 'custom',
          message: `--${flag} ${text} is given twice; give each address once`,
        });
        return z.NEVER;
      }
      addresses.push(reading.address);
    }
    return addresses;
  });

/** `--lan-address HOST` of serve: an address alone, its port coming from --lan-port. */
export function readLanAddress(text: string): Reading {
  const host = readHost(text);
  return host === null
    ? {
        ok: false,
        problem:
          'not an IP address of this computer (like 192.168.1.20); give the address alone, its port goes in --lan-port',
      }
    : { ok: true, address: { host, port: 0 } };
}
