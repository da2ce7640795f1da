import { app, BrowserWindow } from 'electron';
import type { Role } from '../../shared/contract/index.ts';
import type { Log } from '../core/log.ts';
import { setupCrashRecovery } from './crash-recovery.ts';
import { lockWindow } from './window-lock.ts';
import { appEntryUrl, windowOptions } from './window-options.ts';

/**
 * The web contents ids of the windows this app created: the only senders whose IPC calls are
 * served. A window's id leaves the set when it closes, so a recycled id cannot inherit trust.
 */
export const appWindowIds = new Set<number>();

/** Creates the role's one window, shown only once painted so a kiosk never flashes a blank frame. */
export function createAppWindow(role: Role, preloadPath: string, log: Log): BrowserWindow {
  const window = new BrowserWindow(windowOptions(role, preloadPath));
  const contentsId = window.webContents.id;
  appWindowIds.add(contentsId);
  window.on('closed', () => appWindowIds.delete(contentsId));
  window.once('ready-to-show', () => window.show());
  setupCrashRecovery(window, log);
  lockWindow(role, window, app);
  window
    .loadURL(appEntryUrl)
    .catch((error: unknown) => log('error', `could not load ${appEntryUrl}: ${String(error)}`));
  return window;
}

/** Brings the existing window forward when the app is started a second time. */
export function focusAppWindow(): void {
  const [window] = BrowserWindow.getAllWindows();
  if (window === undefined) return;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
