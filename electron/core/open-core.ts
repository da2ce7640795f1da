import type { Role } from '../../shared/contract.ts';
import { createDispatcher, type Dispatch } from './dispatch.ts';
import { openKiosk } from './kiosk/open-kiosk.ts';
import type { Log } from './log.ts';
import { openStaff } from './staff/open-staff.ts';

export type Core = { dispatch: Dispatch; close(): void };

/** Opens the role's core behind one dispatcher: what Electron's IPC and the HTTP host both call. */
export function openCore(role: Role, dataDir: string, log: Log): Core {
  const core = role === 'kiosk' ? openKiosk({ dataDir, log }) : openStaff({ dataDir });
  const dispatch =
    core.role === 'kiosk' ? createDispatcher('kiosk', core.handlers, log) : createDispatcher('staff', core.handlers, log);
  return { dispatch, close: core.close };
}
