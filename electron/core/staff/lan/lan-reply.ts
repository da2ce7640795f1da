import type { ServerResponse } from 'node:http';
import type { SigningKeyPair } from '../../keys/ed25519.ts';
import {
  lanHeaders,
  lanProtocolVersion,
  type LanRefusalCode,
  type RefusalReply,
} from '../../lan/protocol.ts';
import { signReply } from '../../lan/reply-signature.ts';

/** What the receiver answers: a status and the exact bytes its signature covers. */
export type LanReply = { status: number; body: Buffer };

const statusOf: Record<LanRefusalCode, number> = {
  'bad-request': 400,
  'not-paired': 403,
  'waiting-for-staff': 403,
  'bad-signature': 401,
  'clock-skew': 401,
  replayed: 409,
  'too-large': 413,
  'too-many-requests': 429,
  'hash-mismatch': 400,
  full: 503,
  'not-found': 404,
};

/** Thrown by a step that refuses a request; the receiver answers it as a signed refusal. */
export class LanRefusal extends Error {
  readonly code: LanRefusalCode;

  constructor(code: LanRefusalCode, reason: string) {
    super(reason);
    this.name = 'LanRefusal';
    this.code = code;
  }
}

export function jsonReply(status: number, value: unknown): LanReply {
  return { status, body: Buffer.from(JSON.stringify(value), 'utf8') };
}

export function refusalReply({ code, message }: LanRefusal): LanReply {
  const refusal: RefusalReply = {
    format: 'kuulluksi-lan-refusal',
    version: lanProtocolVersion,
    code,
    reason: message.slice(0, 500),
  };
  return jsonReply(statusOf[code], refusal);
}

/** A fault of the receiver itself: said without any detail, which stays in the staff PC's log. */
export const internalFailure: LanReply = { status: 500, body: Buffer.alloc(0) };

/**
 * Sends a reply signed by the receiver key over its status, its body and the nonce of the request
 * it answers, with that key beside it: a kiosk believes nothing else. `close` ends the connection
 * after it, when the request's body was left unread.
 */
export function sendSigned(
  response: ServerResponse,
  keys: SigningKeyPair,
  { status, body }: LanReply,
  requestNonce: string,
  close: boolean,
): void {
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': body.length,
    [lanHeaders.key]: keys.publicKey,
    [lanHeaders.signature]: signReply(keys, status, body, requestNonce),
    ...(close && { Connection: 'close' }),
  });
  response.end(body);
}
