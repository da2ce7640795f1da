import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { Role } from '../../shared/contract/index.ts';

/** Where every window starts: the built renderer, served by our app:// protocol handler. */
export const appEntryUrl = 'app://kuulluksi/index.html';

/**
 * The renderer is a web page and nothing more: no Node, an isolated preload in a sandbox, the web
 * security model intact and no devtools. Both roles get the same page rights, because the staff
 * tool holds the archive and is no less worth protecting than the kiosk.
 */
function webPreferences(role: Role, preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    devTools: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    // Sound may follow a tap (a thank-you chime) but never starts on its own in a waiting room.
    autoplayPolicy: 'document-user-activation-required',
    zoomFactor: 1,
    // A native alert would freeze an unattended kiosk behind a box no client should have to close.
    disableDialogs: role === 'kiosk',
  };
}

/**
 * The kiosk fills the screen with no frame to grab and nothing to minimise (`kiosk: true` is
 * full screen only on Windows and Linux; the OS-level lock in build/ does the rest). The staff
 * tool is an ordinary office window.
 */
export function windowOptions(role: Role, preloadPath: string): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = {
    title: 'Kuulluksi',
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: webPreferences(role, preloadPath),
  };
  if (role === 'kiosk') {
    return { ...common, kiosk: true, fullscreen: true, frame: false, minimizable: false, resizable: false };
  }
  return { ...common, width: 1280, height: 800, minWidth: 800, minHeight: 600 };
}
