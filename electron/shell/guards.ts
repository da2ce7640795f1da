/**
 * Small pure checks the shell attaches to Electron's events (see security.ts). Each takes
 * `unknown` or the event as an argument, so each is unit-tested without an Electron binary.
 */

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

const blockedWithModifier = new Set(['+', '=', '-', '_', '0', 'r', 'p', 's', 'o']);
const blockedAlone = new Set(['F5', 'F11', 'F12']);

/**
 * Keys that would zoom, reload, print, save, open a file, leave full screen or ask for devtools.
 * The removed menu carried most of these accelerators; this catches them should Chromium or a
 * future menu bring one back, so a client cannot leave the page in a state the next one inherits.
 */
export function isBlockedShortcut(input: KeyInput): boolean {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return false;
  if (blockedAlone.has(input.key)) return true;
  const command = input.control || input.meta;
  if (command && blockedWithModifier.has(input.key.toLowerCase())) return true;
  return command && input.shift && ['i', 'j', 'c'].includes(input.key.toLowerCase());
}
