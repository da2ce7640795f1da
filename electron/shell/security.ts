import type { App, Session, WebContents } from 'electron';
import {
  denyPermission,
  denyPermissionCheck,
  denyWindowOpen,
  guardNavigation,
  isBlockedShortcut,
} from './guards.ts';

type GuardedApp = Pick<App, 'on'>;
type GuardedSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler' | 'on'
>;

/**
 * Attaches the guards to every web contents as it is created, not only to our window, so a
 * contents we did not expect (a devtools host, a future dialog) is held to the same rules.
 * Webviews are refused outright: we never use one, and one would bring its own preferences.
 */
export function guardWebContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>): void {
  contents.on('will-navigate', (event, url) => guardNavigation(event, url));
  contents.on('will-frame-navigate', (event) => guardNavigation(event, event.url));
  contents.on('will-redirect', (event, url) => guardNavigation(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.on('before-input-event', (event, input) => {
    if (isBlockedShortcut(input)) event.preventDefault();
  });
  contents.setWindowOpenHandler(denyWindowOpen);
}

/**
 * Applies the shell's security rules: guards on every web contents, and a session that grants no
 * permission and downloads nothing. Called before the first window exists, so none escapes them.
 */
export function setupGuards(app: GuardedApp, session: GuardedSession): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  session.setPermissionRequestHandler(denyPermission);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(denyPermissionCheck);
  session.on('will-download', (event) => event.preventDefault());
}
