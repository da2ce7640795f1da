import type { IncomingMessage } from 'node:http';
import { LanRefusal } from './lan-reply.ts';

const tooLarge = (cap: number) =>
  new LanRefusal('too-large', `the request is larger than this message can be (at most ${cap} bytes)`);

/**
 * Refuses a request whose declared length is past `cap` before a byte of its body is read. Node
 * has already refused a malformed or doubled Content-Length; without one (chunked), readBody's
 * own cap applies.
 */
export function checkDeclaredLength(request: IncomingMessage, cap: number): void {
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) > cap) throw tooLarge(cap);
}

/** Whether a request carries a body at all: a declared length above zero, or chunks. */
export function hasBody(request: IncomingMessage): boolean {
  const declared = request.headers['content-length'];
  return request.headers['transfer-encoding'] !== undefined || (declared !== undefined && declared !== '0');
}

/**
 * The body, read with a hard cap: reading stops at the first byte past it, whatever the request
 * said about its length, so a chunked body without one cannot make the receiver hold more.
 */
export function readBody(request: IncomingMessage, cap: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const stop = (error: Error) => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.pause();
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length > cap) return stop(tooLarge(cap));
      chunks.push(chunk);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, length));
    request.on('data', onData);
    request.once('end', onEnd);
    // The sender went away, or was dropped past the time limit: nobody is left to answer.
    const cut = () => stop(new LanRefusal('bad-request', 'the request ended before its body did'));
    request.once('error', cut);
    request.once('close', () => {
      if (!request.complete) cut();
    });
  });
}
