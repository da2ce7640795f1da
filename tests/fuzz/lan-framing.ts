/**
 * How the LAN receiver fuzz frames a request as HTTP bytes: right, or with a wrong, doubled or
 * unreadable Content-Length, or chunked (now and then with a wrong size or no last chunk).
 */
import { lanHeaders } from '../../electron/core/lan/protocol.ts';
import type { Random } from './random.ts';

export type LanInput = {
  kind: string;
  bytes: Buffer;
  /** The nonces the request carried: a reply is signed over one of them, or over none. */
  nonces: string[];
  /** Sent without ending: the receiver must drop it once its headers are overdue. */
  stalls: boolean;
};

export type Header = [string, string];
export type Request = { method: string; path: string; headers: Header[]; body: Buffer; chunked: boolean };

/** The request as the bytes sent, and the nonces it carries. */
export function asInput(kind: string, request: Request, random: Random): LanInput {
  const nonces = request.headers
    .filter(([name]) => name.toLowerCase() === lanHeaders.nonce)
    .map(([, value]) => value);
  const framing: Header[] = [];
  let body = request.body;
  const lengthHeaderChance = random.int(20);
  if (request.chunked) {
    framing.push(['Transfer-Encoding', 'chunked']);
    body = chunked(random, body);
  } else if (lengthHeaderChance === 0)
    framing.push(['Content-Length', String(body.length + 1 + random.int(100))]);
  else if (lengthHeaderChance === 1)
    framing.push(['Content-Length', random.pick(['-1', 'abc', '1e3', `${body.length}, ${body.length}`, ''])]);
  else if (lengthHeaderChance === 2)
    framing.push(['Content-Length', String(body.length)], ['Content-Length', String(body.length + 1)]);
  else if (lengthHeaderChance === 3) framing.push(['Content-Length', String(random.int(body.length + 1))]);
  else framing.push(['Content-Length', String(body.length)]);
  const head = [
    `${request.method} ${request.path} HTTP/1.1`,
    'Host: 127.0.0.1',
    ...[...request.headers, ...framing].map(([name, value]) => `${name}: ${value}`),
  ];
  return {
    kind,
    bytes: Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body]),
    nonces,
    stalls: false,
  };
}

/** The body as HTTP chunks, sometimes with a wrong size or no last chunk. */
function chunked(random: Random, body: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length;) {
    const size = 1 + random.int(Math.min(4096, body.length - at));
    const shown = random.chance(0.02) ? size + random.int(5) - 2 : size;
    parts.push(Buffer.from(`${shown.toString(16)}\r\n`), body.subarray(at, at + size), Buffer.from('\r\n'));
    at += size;
  }
  if (!random.chance(0.05)) parts.push(Buffer.from('0\r\n\r\n'));
  return Buffer.concat(parts);
}

export function garbageValue(random: Random): string {
  const length = random.chance(0.05) ? 9000 : random.int(80);
  // Half of them readable, so they get past Node's header parser to the receiver's own checks.
  if (random.chance(0.5)) return Buffer.from(random.bytes(length)).toString('base64').slice(0, length);
  return Buffer.from(random.bytes(length))
    .toString('latin1')
    .replace(/[\r\n]/g, random.chance(0.02) ? '\n' : ' ');
}

export function flipCharacter(random: Random, value: string): string {
  if (value.length === 0) return 'A';
  const at = random.int(value.length);
  const swapped = value[at] === 'A' ? 'B' : 'A';
  return value.slice(0, at) + swapped + value.slice(at + 1);
}
