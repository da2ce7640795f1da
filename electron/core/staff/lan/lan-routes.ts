import { lanLimits, lanPathPrefix, lanPaths } from '../../lan/protocol.ts';
import { createBatchRoute } from './batch-route.ts';
import { contact } from './contact-route.ts';
import { hello } from './hello-route.ts';
import type { LanContext, SignedRequest } from './lan-context.ts';
import { LanRefusal, type LanReply } from './lan-reply.ts';
import { pair } from './pair-route.ts';

/** `hello` is for anyone; every other route takes a body signed by a kiosk key, up to `maxBytes`. */
export type LanRoute =
  | { method: 'GET'; signed: false; handle(context: LanContext): LanReply }
  | {
      method: 'POST' | 'PUT';
      signed: true;
      maxBytes: number;
      handle(context: LanContext, request: SignedRequest): LanReply | Promise<LanReply>;
    };

const batchPath = new RegExp(`^${lanPaths.batchPrefix}[0-9a-f]{64}$`);

/** The receiver's routes (docs/lan.md, Messages); one is made per receiver, for its deliveries in progress. */
export function createLanRoutes() {
  const routes = {
    hello: { method: 'GET', signed: false, handle: hello },
    pair: { method: 'POST', signed: true, maxBytes: lanLimits.maxJsonBytes, handle: pair },
    contact: { method: 'POST', signed: true, maxBytes: lanLimits.maxJsonBytes, handle: contact },
    batch: { method: 'PUT', signed: true, maxBytes: lanLimits.maxBatchBytes, handle: createBatchRoute() },
  } as const satisfies Record<string, LanRoute>;

  /** The route for a path and method; anything else is refused before the request is read further. */
  return (method: string | undefined, path: string): LanRoute => {
    const route =
      path === lanPaths.hello
        ? routes.hello
        : path === lanPaths.pair
          ? routes.pair
          : path === lanPaths.contact
            ? routes.contact
            : batchPath.test(path)
              ? routes.batch
              : undefined;
    if (!route) {
      throw new LanRefusal(
        'not-found',
        path.startsWith(lanPathPrefix)
          ? 'there is no such message in version 1 of the protocol (is one of the two Kuulluksi versions much newer?)'
          : 'this is a Kuulluksi receiver; nothing else is served here',
      );
    }
    if (route.method !== method) {
      throw new LanRefusal('bad-request', `this message is sent with ${route.method}, not ${method}`);
    }
    return route;
  };
}
