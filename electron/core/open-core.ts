import type { Role } from '../../shared/contract.ts';
import type { Clock } from './clock.ts';
import { createDispatcher, type Dispatch } from './dispatch.ts';
import { openKiosk } from './kiosk/open-kiosk.ts';
import type { MountRoot } from './usb/mount-roots.ts';
import type { Log } from './log.ts';
import { openStaff } from './staff/open-staff.ts';

export type Core = { dispatch: Dispatch; close(): void };

export type CoreOptions = {
  /** The kiosk's time source; tests move it to another day instead of waiting. */
  clock?: Clock;
  /** What closing the kiosk from its admin view does where it runs: quit the app, or stop the host. */
  onExit?: () => void;
  /** Where the kiosk looks for USB sticks, if not the system's own places. */
  usbRoots?: MountRoot[];
};

/** How often a running kiosk looks for a newly plugged-in USB stick. */
const usbPollMs = 2000;

/** Opens the role's core behind one dispatcher: what Electron's IPC and the HTTP host both call. */
export function openCore(role: Role, dataDir: string, log: Log, { clock, onExit, usbRoots }: CoreOptions = {}): Core {
  const core = role === 'kiosk' ? openRunningKiosk() : openStaff({ dataDir });
  const dispatch =
    core.role === 'kiosk' ? createDispatcher('kiosk', core.handlers, log) : createDispatcher('staff', core.handlers, log);
  return { dispatch, close: core.close };

  /** A kiosk with a screen: unlike one opened for a CLI command, it watches for USB sticks. */
  function openRunningKiosk() {
    const kiosk = openKiosk({
      dataDir,
      log,
      ...(clock !== undefined && { clock }),
      ...(onExit !== undefined && { onExit }),
      ...(usbRoots !== undefined && { usbRoots }),
    });
    kiosk.usb.start(usbPollMs);
    return kiosk;
  }
}
