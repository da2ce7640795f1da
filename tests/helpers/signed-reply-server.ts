import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';
import type { SigningKeyPair } from '../../electron/core/keys/ed25519.ts';
import { lanHeaders } from '../../electron/core/lan/protocol.ts';
import { signReply } from '../../electron/core/lan/reply-signature.ts';

export type CannedReply = {
  status?: number;
  body: Uint8Array | object;
  /** The key that signs it; null sends it unsigned, as any other web server would. */
  signWith: SigningKeyPair | null;
  /** Signs these bytes instead of the body sent: a reply altered on the way. */
  signInstead?: Uint8Array;
  /** Never answers: a staff PC that hangs. */
  hang?: boolean;
};

/**
 * Something listening on 127.0.0.1 that answers each request as the test says: a receiver, an
 * impostor with a key of its own, a plain web server, one that hangs. For the kiosk's client on
 * its own; the two sides together run against the real staff receiver in tests/integration.
 */
export async function signedReplyServer(reply: (request: IncomingMessage, body: Buffer) => CannedReply) {
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const canned = reply(request, Buffer.concat(chunks));
    if (canned.hang) return;
    const body = canned.body instanceof Uint8Array ? canned.body : Buffer.from(JSON.stringify(canned.body));
    const status = canned.status ?? 200;
    const nonce = request.headers[lanHeaders.nonce];
    if (canned.signWith) {
      response.setHeader(lanHeaders.key, canned.signWith.publicKey);
      response.setHeader(
        lanHeaders.signature,
        signReply(
          canned.signWith,
          status,
          canned.signInstead ?? body,
          typeof nonce === 'string' ? nonce : '',
        ),
      );
    }
    response.writeHead(status, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  after(() => {
    server.closeAllConnections();
    server.close();
  });
  return { address: `127.0.0.1:${(server.address() as AddressInfo).port}` };
}
