import { randomBytes } from 'node:crypto';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { SigningKeyPair } from '../../electron/core/keys/ed25519.ts';
import { fingerprint } from '../../electron/core/keys/fingerprint.ts';
import { batchPath, lanHeaders, lanPaths, lanProtocolVersion } from '../../electron/core/lan/protocol.ts';
import { isReplyFrom } from '../../electron/core/lan/reply-signature.ts';
import { sha256Hex, signRequest } from '../../electron/core/lan/request-signature.ts';
import type { ListenAddress } from '../../electron/core/staff/lan/listen-address.ts';

/** A reply as a kiosk reads it, with whether the receiver key it expects signed it. */
export type LanAnswer = {
  status: number;
  body: Buffer;
  json: any;
  /** Signed by the receiver key the kiosk expects, over this status, body and the request's nonce. */
  signed: boolean;
  headers: Record<string, string | string[] | undefined>;
};

type SendOptions = {
  /** The time the kiosk signs, in milliseconds; the receiver's clock decides whether it is too far off. */
  at?: number;
  /** Headers to send instead of the signed ones: a replay, or something forged. */
  headers?: Record<string, string>;
};

/**
 * A kiosk talking to a staff receiver over real HTTP, as docs/lan.md says: each request signed by
 * its kiosk key for `receiverKey`, each reply checked against it. `now` is the kiosk's clock.
 */
export function lanKiosk(
  address: ListenAddress,
  keys: SigningKeyPair,
  receiverKey: string,
  now: () => number = Date.now,
) {
  const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');

  /** The signature headers this kiosk would send, for sending again later (a replay). */
  const sign = (method: string, path: string, body: Buffer, at = now()) =>
    signRequest(keys, { method, path, body, receiverKey }, at);

  function send(method: string, path: string, body: Buffer, options: SendOptions = {}) {
    const headers = options.headers ?? sign(method, path, body, options.at);
    return lanRequest(address, method, path, body, headers, receiverKey);
  }

  return {
    keys,
    kioskId: fingerprint(keys.publicKey),
    sign,
    send,
    hello: () =>
      lanRequest(
        address,
        'GET',
        lanPaths.hello,
        Buffer.alloc(0),
        { [lanHeaders.nonce]: randomBytes(16).toString('base64url') },
        receiverKey,
      ),
    pair: (options?: SendOptions) =>
      send(
        'POST',
        lanPaths.pair,
        json({ format: 'kuulluksi-lan-pair', version: lanProtocolVersion }),
        options,
      ),
    deliver: (bytes: Uint8Array, hash = sha256Hex(bytes), options?: SendOptions) =>
      send('PUT', batchPath(hash), Buffer.from(bytes), options),
    contact: (appliedSerial: number, waitingBatches = 0, options?: SendOptions) =>
      send(
        'POST',
        lanPaths.contact,
        json({ format: 'kuulluksi-lan-contact', version: lanProtocolVersion, waitingBatches, appliedSerial }),
        options,
      ),
  };
}

export type LanKioskClient = ReturnType<typeof lanKiosk>;

/** The receiver key a `hello` names, as a kiosk meeting the receiver first takes it: signed by itself. */
export async function meetReceiver(address: ListenAddress): Promise<string> {
  const nonce = randomBytes(16).toString('base64url');
  const hello = await lanRequest(
    address,
    'GET',
    lanPaths.hello,
    Buffer.alloc(0),
    { [lanHeaders.nonce]: nonce },
    '',
  );
  const key: unknown = hello.json?.receiverKey;
  if (typeof key !== 'string' || !readAnswer(hello.status, hello.body, hello.headers, nonce, key).signed) {
    throw new Error(`hello is not signed by the receiver key it names: ${hello.status} ${hello.body}`);
  }
  return key;
}

/** One HTTP request on a connection of its own, its reply read whole and its signature checked. */
export function lanRequest(
  { host, port }: ListenAddress,
  method: string,
  path: string,
  body: Buffer,
  headers: Record<string, string>,
  receiverKey: string,
): Promise<LanAnswer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host, port, method, path, agent: false, headers: { ...headers, 'Content-Length': body.length } },
      (response) => answerOf(response, headers[lanHeaders.nonce] ?? '', receiverKey).then(resolve, reject),
    );
    request.once('error', reject);
    request.end(body);
  });
}

/** A reply read whole, with its signature checked over the nonce the request sent. */
export function answerOf(response: IncomingMessage, nonce: string, receiverKey: string): Promise<LanAnswer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.once('error', reject);
    response.once('end', () =>
      resolve(readAnswer(response.statusCode!, Buffer.concat(chunks), response.headers, nonce, receiverKey)),
    );
  });
}

export function readAnswer(
  status: number,
  body: Buffer,
  headers: LanAnswer['headers'],
  nonce: string,
  receiverKey: string,
): LanAnswer {
  const signature = headers[lanHeaders.signature];
  const signed =
    headers[lanHeaders.key] === receiverKey &&
    typeof signature === 'string' &&
    isReplyFrom(receiverKey, status, body, nonce, signature);
  let parsed: unknown = null;
  try {
    parsed = body.length > 0 ? JSON.parse(body.toString('utf8')) : null;
  } catch {
    parsed = null;
  }
  return { status, body, json: parsed, signed, headers };
}
