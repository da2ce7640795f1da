import type { App, BrowserWindow, WebContents } from 'electron';
import type { Role } from '../../shared/contract/index.ts';
import { createCloseGuard, isLockedWindow, isZoomShortcut } from './guards.ts';

type LockableWindow = Pick<BrowserWindow, 'on'> & {
  webContents: Pick<WebContents, 'on' | 'setZoomLevel' | 'setVisualZoomLevelLimits'>;
};

/**
 * Locks the kiosk's window (guards.ts decides which and how): it closes only when the app quits,
 * and it never zooms, by keys, Ctrl + mouse wheel or pinch. Takes the Electron pieces as
 * arguments, so the wiring is tested with stand-ins where no Electron binary runs.
 */
export function lockWindow(role: Role, window: LockableWindow, app: Pick<App, 'on'>): void {
  if (!isLockedWindow(role)) return;

  const close = createCloseGuard();
  // app.quit() (reception's exit) and the shutdown signals Electron turns into a quit.
  app.on('before-quit', close.appIsQuitting);
  // Windows ends a session by asking each window, without quitting the app first.
  window.on('query-session-end', close.appIsQuitting);
  window.on('session-end', close.appIsQuitting);
  window.on('close', (event) => close.guardClose(event));

  const contents = window.webContents;
  // Electron keeps pinch zoom off already; said here so a change of default cannot turn it on.
  void contents.setVisualZoomLevelLimits(1, 1);
  contents.on('zoom-changed', () => contents.setZoomLevel(0));
  contents.on('before-input-event', (event, input) => {
    if (isZoomShortcut(input)) event.preventDefault();
  });
}
