import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { AppError } from '../../errors.ts';
import type { Log } from '../../log.ts';
import { createNonceCache } from '../../lan/nonce-cache.ts';
import { lanHeaders, lanLimits } from '../../lan/protocol.ts';
import { signReply } from '../../lan/reply-signature.ts';
import { checkRequest, readCredentials, sha256Hex } from '../../lan/request-signature.ts';
import type { SigningKeyPair } from '../../keys/ed25519.ts';
import type { LanContext } from './lan-context.ts';
import { internalFailure, LanRefusal, refusalReply, sendSigned, type LanReply } from './lan-reply.ts';
import { createLanRoutes } from './lan-routes.ts';
import { formatListenAddress, type ListenAddress } from './listen-address.ts';
import { createRateLimiter } from './rate-limiter.ts';
import { checkDeclaredLength, hasBody, readBody } from './read-body.ts';

export type RunningReceiver = { addresses: ListenAddress[]; close(): Promise<void> };

/** How often Node looks for requests past their time limits: a slow client is dropped within a second of it. */
const timeoutCheckMs = 1000;

/**
 * The LAN receiver (docs/lan.md): plain HTTP on the addresses given, where every limit of
 * `lanLimits` applies before any work. The server's own limits drop slow or oversized headers
 * and bound each request's time; connections are counted across all addresses; each network
 * address is rate-limited before anything is read, each kiosk key once its signature verifies.
 * Every reply, refusals included, is signed by the receiver key; a fault of the receiver itself
 * is answered 500 with nothing in it, and logged here.
 */
export async function startReceiver(
  context: LanContext,
  listen: readonly ListenAddress[],
  log: Log,
): Promise<RunningReceiver> {
  const { keys } = context.receiver;
  const findRoute = createLanRoutes();
  const perAddress = createRateLimiter(lanLimits.requestsPerAddressPerMinute);
  const perKey = createRateLimiter(lanLimits.requestsPerKeyPerMinute);
  const seenNonce = createNonceCache();
  const inFlight = new Set<Promise<void>>();
  let connections = 0;

  async function answer(request: IncomingMessage, address: string): Promise<LanReply> {
    if (!perAddress(address, context.clock().getTime())) {
      throw new LanRefusal(
        'too-many-requests',
        `more than ${lanLimits.requestsPerAddressPerMinute} requests a minute came from ${address}: wait a minute`,
      );
    }
    const path = request.url ?? '';
    const route = findRoute(request.method, path);
    if (!route.signed) {
      if (hasBody(request)) throw new LanRefusal('bad-request', 'this message takes no body');
      return route.handle(context);
    }
    checkDeclaredLength(request, route.maxBytes);
    const credentials = readCredentials(request.headers);
    if (!credentials) {
      throw new LanRefusal(
        'bad-signature',
        'the request is not signed by a kiosk key (the Kuulluksi-Key, -Time, -Nonce and -Signature headers)',
      );
    }
    const body = await readBody(request, route.maxBytes);
    const now = context.clock();
    const check = checkRequest(
      credentials,
      { method: route.method, path, bodyHash: sha256Hex(body), receiverKey: keys.publicKey },
      now.getTime(),
      seenNonce,
    );
    if (!check.ok) throw new LanRefusal(check.code, check.reason);
    if (!perKey(check.senderKey, now.getTime())) {
      throw new LanRefusal(
        'too-many-requests',
        `more than ${lanLimits.requestsPerKeyPerMinute} requests a minute came from this kiosk: wait a minute`,
      );
    }
    return route.handle(context, { senderKey: check.senderKey, address, path, body, now });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let reply: LanReply;
    try {
      reply = await answer(request, remoteAddress(request.socket));
    } catch (error) {
      if (error instanceof LanRefusal) reply = refusalReply(error);
      else {
        log(
          'error',
          `LAN receiver: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        reply = internalFailure;
      }
    }
    if (!response.destroyed) sendSigned(response, keys, reply, requestNonce(request), !request.complete);
  }

  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    const handled = handle(request, response).finally(() => inFlight.delete(handled));
    inFlight.add(handled);
  };

  const servers = listen.map(() => {
    const server = createServer(
      {
        headersTimeout: lanLimits.headersTimeoutMs,
        requestTimeout: lanLimits.requestTimeoutMs,
        keepAliveTimeout: lanLimits.keepAliveTimeoutMs,
        maxHeaderSize: lanLimits.maxHeaderBytes,
        connectionsCheckingInterval: timeoutCheckMs,
        // Node would answer a request without Host (unused here) with an unsigned 400 of its own.
        requireHostHeader: false,
      },
      onRequest,
    );
    // Likewise an unknown Expect header, with an unsigned 417: the request is answered as any other.
    server.on('checkExpectation', onRequest);
    server.maxConnections = lanLimits.maxConnections;
    // One count over every address, so listening on two does not double what a flood may hold.
    server.on('connection', (socket: Socket) => {
      if (connections >= lanLimits.maxConnections) return socket.destroy();
      connections++;
      socket.once('close', () => connections--);
    });
    server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
      // Headers too large get a signed refusal (over no nonce: none was read); malformed or too
      // slow ones are dropped without a word.
      if (error.code !== 'HPE_HEADER_OVERFLOW' || !socket.writable) return socket.destroy();
      const refusal = refusalReply(
        new LanRefusal(
          'too-large',
          `the request's headers are larger than ${lanLimits.maxHeaderBytes} bytes`,
        ),
      );
      socket.end(rawReply(keys, refusal));
    });
    return server;
  });

  const addresses: ListenAddress[] = [];
  try {
    for (const [index, server] of servers.entries()) addresses.push(await listenOn(server, listen[index]!));
  } catch (error) {
    await Promise.all(servers.map(closeServer));
    throw error;
  }

  return {
    addresses,
    async close() {
      await Promise.all(servers.map(closeServer));
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** A signed reply written straight to a socket, for a request Node could not parse into one. */
function rawReply(keys: SigningKeyPair, { status, body }: LanReply): Buffer {
  const head = [
    `HTTP/1.1 ${status} Refused`,
    'Content-Type: application/json',
    `Content-Length: ${body.length}`,
    `${lanHeaders.key}: ${keys.publicKey}`,
    `${lanHeaders.signature}: ${signReply(keys, status, body, '')}`,
    'Connection: close',
  ];
  return Buffer.concat([Buffer.from(head.join('\r\n') + '\r\n\r\n', 'latin1'), body]);
}

/** The nonce a reply's signature covers: the request's own, or empty when it sent none that could be one. */
function requestNonce(request: IncomingMessage): string {
  const nonce = request.headers[lanHeaders.nonce];
  return typeof nonce === 'string' && /^[A-Za-z0-9_-]{22}$/.test(nonce) ? nonce : '';
}

/** An IPv4 peer reaching a dual-stack socket appears as ::ffff:a.b.c.d; it is the same address. */
function remoteAddress(socket: Socket): string {
  const address = socket.remoteAddress ?? 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

function listenOn(server: Server, { host, port }: ListenAddress): Promise<ListenAddress> {
  return new Promise((resolve, reject) => {
    const refuse = (error: NodeJS.ErrnoException) => {
      const shown = formatListenAddress({ host, port });
      const reason =
        error.code === 'EADDRINUSE'
          ? 'is already in use: choose another port'
          : error.code === 'EADDRNOTAVAIL'
            ? 'is not an address of this computer'
            : error.code === 'EACCES'
              ? 'needs rights this user does not have (ports below 1024): choose a port of 1024 or more'
              : `cannot be used (${error.message})`;
      reject(new AppError('conflict', `The LAN receiver cannot listen on ${shown}: it ${reason}.`));
    };
    server.once('error', refuse);
    server.listen(port, host, () => {
      server.off('error', refuse);
      resolve({ host, port: (server.address() as AddressInfo).port });
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
