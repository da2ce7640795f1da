import type { Role } from '../../shared/contract/index.ts';
import type { Clock } from './clock.ts';
import { createDispatcher, type Dispatch } from './dispatch.ts';
import { openKiosk } from './kiosk/open-kiosk.ts';
import type { MountRoot } from './usb/mount-roots.ts';
import type { Log } from './log.ts';
import { openStaff } from './staff/open-staff.ts';
import type { StaffKeyring } from './staff/keys/staff-keyring.ts';
import type { LanOptions, LanStarted } from './staff/lan/lan-service.ts';

export type Core = {
  dispatch: Dispatch;
  /** The staff tool's LAN receiver, when it was asked for: settles once it listens, or cannot. */
  lanStarted?: Promise<LanStarted>;
  close(): void | Promise<void>;
};

export type CoreOptions = {
  /** The time source of either role; tests move it to another day instead of waiting. */
  clock?: Clock;
  /** What closing the kiosk from its admin view does where it runs: quit the app, or stop the host. */
  onExit?: () => void;
  /** Where the kiosk and the staff tool look for USB sticks, if not the system's own places. */
  usbRoots?: MountRoot[];
  /** The staff tool's keys, opened with the passphrase its launcher gives (a prompt, a file, the system keyring). */
  staffKeys?: StaffKeyring;
  /** The staff tool receives batches over the centre's network too, on these addresses. */
  lan?: LanOptions;
};

/** How often a running kiosk looks for a newly plugged-in USB stick. */
const usbPollMs = 2000;

/** Opens the role's core behind one dispatcher: what Electron's IPC and the HTTP host both call. */
export function openCore(
  role: Role,
  dataDir: string,
  log: Log,
  { clock, onExit, usbRoots, staffKeys, lan }: CoreOptions = {},
): Core {
  const core = role === 'kiosk' ? openRunningKiosk() : openRunningStaff();
  if (core.role === 'kiosk')
    return { dispatch: createDispatcher('kiosk', core.handlers, log), close: core.close };
  return {
    dispatch: createDispatcher('staff', core.handlers, log),
    ...(core.lan && { lanStarted: core.lan.started }),
    close: core.close,
  };

  /**
   * A kiosk with a screen: unlike one opened for a CLI command, it watches for USB sticks and
   * pushes to its staff PC over the LAN in the background.
   */
  function openRunningKiosk() {
    const kiosk = openKiosk({
      dataDir,
      log,
      pushInBackground: true,
      ...(clock !== undefined && { clock }),
      ...(onExit !== undefined && { onExit }),
      ...(usbRoots !== undefined && { usbRoots }),
    });
    kiosk.usb.start(usbPollMs);
    return kiosk;
  }

  function openRunningStaff() {
    return openStaff({
      dataDir,
      ...(clock !== undefined && { clock }),
      ...(usbRoots !== undefined && { usbRoots }),
      ...(staffKeys !== undefined && { keys: staffKeys }),
      ...(lan !== undefined ? { lan } : { lanFromSetting: true }),
      log,
    });
  }
}
