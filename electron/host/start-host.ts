import type { Role } from '../../shared/contract/index.ts';
import { AppError } from '../core/errors.ts';
import type { Log } from '../core/log.ts';
import { openCore, type CoreOptions } from '../core/open-core.ts';
import type { LanStarted } from '../core/staff/lan/lan-service.ts';
import { assertRendererBuilt, listenContract, type ContractServer } from './contract-server.ts';

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
  await assertRendererBuilt(rendererDir);
  const core = openCore(role, dataDir, log, coreOptions);
  let lan: LanStarted | null;
  try {
    lan = (await core.lanStarted) ?? null;
  } catch (error) {
    await core.close();
    throw error;
  }
  let server: ContractServer;
  try {
    server = await listenContract({ dispatch: core.dispatch, role, rendererDir, port, log });
  } catch (error) {
    await core.close();
    const reason =
      (error as NodeJS.ErrnoException).code === 'EADDRINUSE'
        ? 'is already in use'
        : `cannot be used (${String(error)})`;
    throw new AppError('conflict', `Port ${port} on 127.0.0.1 ${reason}; choose another with --port.`);
  }
  return {
    url: server.url,
    lan,
    close: async () => {
      await server.close();
      await core.close();
    },
  };
}
