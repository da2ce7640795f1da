import { access } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Role } from '../../shared/contract/index.ts';
import type { Dispatch } from '../core/dispatch.ts';
import { AppError } from '../core/errors.ts';
import type { Log } from '../core/log.ts';
import { apiPrefix, handleApiRequest } from './api-route.ts';
import { isOwnRequest } from './request-guards.ts';
import { handleStaticRequest } from './static-route.ts';

export type ContractServer = { url: string; close(): Promise<void> };

/**
 * The contract and the built renderer over HTTP on 127.0.0.1: requests from any other host or
 * origin are refused before anything is read. `startHost` serves a running core with it; the
 * staff report's PDF serves a plain staff core with it to the Chromium that prints.
 */
export async function listenContract({
  dispatch,
  role,
  rendererDir,
  port,
  log,
}: {
  dispatch: Dispatch;
  role: Role;
  rendererDir: string;
  port: number;
  log: Log;
}): Promise<ContractServer> {
  let boundPort = port;
  const server = createServer((request, response) => {
    if (!isOwnRequest(request, boundPort)) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return;
    }
    const isApi = (request.url ?? '').startsWith(apiPrefix);
    const handled = isApi
      ? handleApiRequest(request, response, dispatch)
      : handleStaticRequest(request, response, rendererDir, role);
    handled.catch((error: unknown) => {
      log('error', `request failed: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  boundPort = await listen(server, port);
  return {
    url: `http://127.0.0.1:${boundPort}/`,
    close: () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      return closed;
    },
  };
}

/** Serving a renderer that was never built would show a blank page: say what to run instead. */
export async function assertRendererBuilt(rendererDir: string): Promise<void> {
  await access(join(rendererDir, 'index.html')).catch(() => {
    throw new AppError(
      'not_ready',
      `The renderer is not built (${rendererDir} has no index.html): run "npm run build" first.`,
    );
  });
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
