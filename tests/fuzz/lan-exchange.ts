import { connect } from 'node:net';
import { lanHeaders } from '../../electron/core/lan/protocol.ts';
import { isReplyFrom } from '../../electron/core/lan/reply-signature.ts';
import type { ListenAddress } from '../../electron/core/staff/lan/listen-address.ts';
import type { LanInput } from './lan-inputs.ts';

/** What became of one request: a whole reply, the connection closed without one, or neither in time. */
export type Exchange =
  | { outcome: 'replied'; status: number; body: Buffer; signed: boolean }
  | { outcome: 'closed' }
  | { outcome: 'hung' };

type Reply = { status: number; headers: Map<string, string>; body: Buffer };

/**
 * Writes an input's bytes on a connection of its own (closing the sending half unless it stalls)
 * and reads what comes back, as raw bytes, since a refusal of malformed HTTP is as much a reply as
 * any. A reply counts as signed only when the receiver key signed its status and body over a nonce
 * the request carried, or over none. `limitMs` is how long a reply or a close may take.
 */
export function exchange(
  { host, port }: ListenAddress,
  input: LanInput,
  receiverKey: string,
  limitMs: number,
): Promise<Exchange> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let received = Buffer.alloc(0);
    let settled = false;
    const settle = (result: Exchange) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(() => settle({ outcome: 'hung' }), limitMs);
    socket.on('error', () => settle({ outcome: 'closed' }));
    socket.on('close', () => {
      const reply = finalReply(received);
      settle(reply ? replied(reply, input, receiverKey) : { outcome: 'closed' });
    });
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const reply = finalReply(received);
      if (reply && reply.status >= 200) settle(replied(reply, input, receiverKey));
    });
    socket.on('connect', () => {
      socket.write(input.bytes);
      if (!input.stalls) socket.end();
    });
  });
}

function replied(reply: Reply, input: LanInput, receiverKey: string): Exchange {
  const signature = reply.headers.get(lanHeaders.signature);
  const nonces = ['', ...input.nonces.filter((nonce) => /^[A-Za-z0-9_-]{22}$/.test(nonce))];
  const signed =
    reply.headers.get(lanHeaders.key) === receiverKey &&
    signature !== undefined &&
    nonces.some((nonce) => isReplyFrom(receiverKey, reply.status, reply.body, nonce, signature));
  return { outcome: 'replied', status: reply.status, body: reply.body, signed };
}

/**
 * The first complete reply in `bytes` that is not an interim one (1xx), or null while none is. An
 * interim reply is returned too when it is all there is, so one that is unsigned is caught.
 */
function finalReply(bytes: Buffer): Reply | null {
  let at = 0;
  let interim: Reply | null = null;
  for (;;) {
    const headEnd = bytes.indexOf('\r\n\r\n', at);
    if (headEnd < 0) return interim;
    const [statusLine = '', ...lines] = bytes.subarray(at, headEnd).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? NaN);
    const headers = new Map<string, string>();
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const length = Number(headers.get('content-length') ?? 0);
    const bodyStart = headEnd + 4;
    if (status >= 100 && status < 200) {
      interim ??= { status, headers, body: Buffer.alloc(0) };
      at = bodyStart;
      continue;
    }
    if (bytes.length < bodyStart + length) return null;
    return { status, headers, body: bytes.subarray(bodyStart, bodyStart + length) };
  }
}
