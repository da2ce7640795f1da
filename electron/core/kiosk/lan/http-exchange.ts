import { request, type IncomingHttpHeaders } from 'node:http';
import type { LanAddress } from './lan-address.ts';

export type Exchange = {
  address: LanAddress;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
  /** The whole exchange, connecting included, must end within this. */
  timeoutMs: number;
  /** A reply body longer than this is not read: no Kuulluksi reply is that large. */
  maxReplyBytes: number;
};

export type ExchangeOutcome =
  | { kind: 'reply'; status: number; headers: IncomingHttpHeaders; body: Buffer }
  | { kind: 'too-large' }
  | { kind: 'failed'; reason: string };

/**
 * One HTTP/1.1 request and its reply, as bytes: a fresh connection each time (no pool to go
 * stale while the staff PC sleeps), a time limit on the whole exchange, and a reply read only up
 * to a cap. Never throws: a network failure is an outcome like any other.
 */
export function exchange(spec: Exchange): Promise<ExchangeOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (outcome: ExchangeOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = request({
      host: spec.address.host,
      port: spec.address.port,
      method: spec.method,
      path: spec.path,
      agent: false,
      headers: { ...spec.headers, 'content-length': String(spec.body.length) },
    });
    const timer = setTimeout(() => {
      const seconds = Math.max(1, Math.round(spec.timeoutMs / 1000));
      finish({ kind: 'failed', reason: `no reply within ${seconds} second${seconds === 1 ? '' : 's'}` });
      req.destroy();
    }, spec.timeoutMs);
    let replying = false;
    // A receiver may refuse before reading the whole body and close: its reply is what counts, not
    // the broken upload.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (!replying) finish({ kind: 'failed', reason: describe(error) });
    });
    req.on('response', (res) => {
      replying = true;
      const declared = Number(res.headers['content-length']);
      if (declared > spec.maxReplyBytes) {
        finish({ kind: 'too-large' });
        res.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let length = 0;
      res.on('data', (chunk: Buffer) => {
        length += chunk.length;
        if (length > spec.maxReplyBytes) {
          finish({ kind: 'too-large' });
          res.destroy();
          return;
        }
        chunks.push(chunk);
      });
      res.on('error', (error: NodeJS.ErrnoException) => finish({ kind: 'failed', reason: describe(error) }));
      res.on('close', () => {
        if (!res.complete) finish({ kind: 'failed', reason: 'the connection was cut during the reply' });
      });
      res.on('end', () =>
        finish({
          kind: 'reply',
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks),
        }),
      );
    });
    req.end(spec.body);
  });
}

/** Why a connection failed, in words IT recognise, with the system's code for searching. */
function describe(error: NodeJS.ErrnoException): string {
  const words: Record<string, string> = {
    ECONNREFUSED: 'nothing listens at that address (the staff tool is not running, or the port is wrong)',
    EHOSTUNREACH: 'the staff PC cannot be reached on the network (it may be off or asleep)',
    ENETUNREACH: 'the network cannot be reached from this kiosk',
    ETIMEDOUT: 'the staff PC did not answer in time',
    ENOTFOUND: 'the staff PC’s name is not known on this network',
    EAI_AGAIN: 'the staff PC’s name could not be looked up just now',
    ECONNRESET: 'the connection was cut',
    EPIPE: 'the connection was cut',
  };
  const known = error.code ? words[error.code] : undefined;
  return known ? `${known} (${error.code})` : error.message;
}
