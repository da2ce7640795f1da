/**
 * Small pure checks the shell attaches to Electron's events (see security.ts). Each takes
 * `unknown` or the event as an argument, so each is unit-tested without an Electron binary.
 */

import type { Role } from '../../shared/contract/index.ts';

export const appScheme = 'app';
export const appHost = 'kuulluksi';

/**
 * True only for `app://kuulluksi/…`: our scheme, our host, no port, no credentials. Parsing with
 * URL rather than comparing prefixes means `app://kuulluksi.evil/` or `app://kuulluksi@x/` fail.
 */
export function isAppUrl(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** No page ever opens a second window: a kiosk client must never land somewhere we did not put them. */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Stops every navigation away from our own pages. Navigation within app:// stays allowed (unlike
 * electron/fiddle, which stops all): it is same-origin, under the same CSP and preload, and lets
 * the renderer recover from a broken state by loading its own entry page again.
 */
export function guardNavigation(event: { preventDefault(): void }, url: unknown): void {
  if (!isAppUrl(url)) event.preventDefault();
}

/** Camera, microphone, location, notifications and the rest: a feedback kiosk needs none of them. */
export function denyPermission(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** The synchronous twin of denyPermission: Chromium asks this before it would even prompt. */
export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * An IPC call is served only when its frame shows our own page and it comes from a window this
 * app created, so nothing else that might host a renderer (a stray webview, a page that got in
 * despite the guards) can reach the data.
 */
export function isTrustedSender(
  frameUrl: unknown,
  senderId: number,
  windowIds: ReadonlySet<number>,
): boolean {
  return isAppUrl(frameUrl) && windowIds.has(senderId);
}

export type KeyInput = {
  type: string;
  key: string;
  control: boolean;
  meta: boolean;
  shift: boolean;
  alt: boolean;
};

const blockedWithModifier = new Set(['r', 'p', 's', 'o']);
const blockedAlone = new Set(['F5', 'F11', 'F12']);

const isKeyPress = (input: KeyInput) => input.type === 'keyDown' || input.type === 'rawKeyDown';

/**
 * Keys that would reload, print, save, open a file, leave full screen or ask for devtools, in
 * either role's window. The removed menu carried most of these accelerators; this catches them
 * should Chromium or a future menu bring one back, so a client cannot leave the page in a state
 * the next one inherits. Zoom keys are the kiosk's alone to refuse (isZoomShortcut).
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (!isKeyPress(input)) return false;
  if (blockedAlone.has(input.key)) return true;
  const command = input.control || input.meta;
  if (command && blockedWithModifier.has(input.key.toLowerCase())) return true;
  return command && input.shift && ['i', 'j', 'c'].includes(input.key.toLowerCase());
}

const zoomKeys = new Set(['+', '=', '-', '_', '0']);

/** Ctrl (Cmd) with plus, equals, minus, underscore or zero, on the main keys or the number pad: zoom in, out or back. */
export function isZoomShortcut(input: KeyInput): boolean {
  return isKeyPress(input) && (input.control || input.meta) && zoomKeys.has(input.key);
}

/**
 * The kiosk window is locked: it keeps its one size (the kiosk has its own "larger text" for
 * clients, and a page zoomed by one client greets the next) and it stays open. The staff window
 * is an ordinary office window that staff may zoom and close.
 */
export function isLockedWindow(role: Role): boolean {
  return role === 'kiosk';
}

/**
 * Decides every request to close a locked window: Alt+F4, the window manager's close button, a
 * stray window.close(). Each is refused, until the app itself is quitting (reception's "close
 * the kiosk" behind the PIN quits the app, as does the operating system shutting down); then the
 * window must close, or the quit would stall.
 */
export function createCloseGuard() {
  let quitting = false;
  return {
    appIsQuitting(): void {
      quitting = true;
    },
    guardClose(event: { preventDefault(): void }): void {
      if (!quitting) event.preventDefault();
    },
  };
}
