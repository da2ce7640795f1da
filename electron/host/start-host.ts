import { access } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Role } from '../../shared/contract/index.ts';
import { AppError } from '../core/errors.ts';
import type { Log } from '../core/log.ts';
import { openCore, type CoreOptions } from '../core/open-core.ts';
import type { LanStarted } from '../core/staff/lan/lan-service.ts';
import { apiPrefix, handleApiRequest } from './api-route.ts';
import { isOwnRequest } from './request-guards.ts';
import { handleStaticRequest } from './static-route.ts';

export type HostOptions = {
  role: Role;
  dataDir: string;
  port: number;
  rendererDir: string;
  log: Log;
} & CoreOptions;
export type Host = {
  url: string;
  /** Where the staff tool receives batches over the network, when asked to. */
  lan: LanStarted | null;
  close(): Promise<void>;
};

/**
 * The contract over HTTP on 127.0.0.1 plus the built renderer: how the kiosk runs in a plain
 * browser, how end-to-end tests drive it, and how developers work on it.
 */
export async function startHost({
  role,
  dataDir,
  port,
  rendererDir,
  log,
  ...coreOptions
}: HostOptions): Promise<Host> {
  await access(join(rendererDir, 'index.html')).catch(() => {
    throw new AppError(
      'not_ready',
      `The renderer is not built (${rendererDir} has no index.html): run "npm run build" first.`,
    );
  });
  const core = openCore(role, dataDir, log, coreOptions);
  let boundPort = port;
  const server = createServer((request, response) => {
    if (!isOwnRequest(request, boundPort)) {
      response.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Forbidden');
      return;
    }
    const isApi = (request.url ?? '').startsWith(apiPrefix);
    const handled = isApi
      ? handleApiRequest(request, response, core.dispatch)
      : handleStaticRequest(request, response, rendererDir, role);
    handled.catch((error: unknown) => {
      log('error', `request failed: ${String(error)}`);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  let lan: LanStarted | null;
  try {
    lan = (await core.lanStarted) ?? null;
  } catch (error) {
    await core.close();
    throw error;
  }
  try {
    boundPort = await listen(server, port);
  } catch (error) {
    await core.close();
    const reason =
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
        ? 'is already in use'
        : `cannot be used (${String(error)})`;
    throw new AppError('conflict', `Port ${port} on 127.0.0.1 ${reason}; choose another with --port.`);
  }
  return {
    url: `http://127.0.0.1:${boundPort}/`,
    lan,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await core.close();
    },
  };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}
