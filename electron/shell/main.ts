import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  powerSaveBlocker,
  protocol,
  safeStorage,
  session,
} from 'electron';
import type { Role } from '../../shared/contract/index.ts';
import { logToStderr } from '../core/log.ts';
import { openCore, type Core } from '../core/open-core.ts';
import { applyChromiumSwitches } from './chromium-switches.ts';
import { isTrustedSender } from './guards.ts';
import { registerContractIpc } from './ipc.ts';
import { resolveLaunchOptions } from './launch-options.ts';
import { registerPrintToPdf } from './print-to-pdf.ts';
import { appSchemePrivileges, registerAppProtocol } from './protocol.ts';
import { setupGuards } from './security.ts';
import { staffKeyOptions } from './staff-keys.ts';
import { appWindowIds, createAppWindow, focusAppWindow } from './window.ts';

/**
 * The Electron entry: wires core, IPC, the app:// protocol and the guards together, one setup
 * per feature. Everything here is glue; the decisions live in the pure modules it calls, which
 * are tested without Electron. Paths come from __dirname because this file ships as a CJS bundle
 * in dist/electron/, beside the preloads and next to dist/renderer/.
 */
const log = logToStderr;
const rendererDir = join(__dirname, '../renderer');
const preloadPath = (role: Role): string => join(__dirname, `preload-${role}.cjs`);

/** Shows why the app cannot start, then leaves: an unattended kiosk must not half-run. */
function refuseToStart(title: string, message: string): void {
  log('error', `${title}: ${message}`);
  dialog.showErrorBox(title, message);
  app.exit(1);
}

/** Two kiosk processes would fight over one database and one screen; a second start focuses the first. */
function setupSingleInstance(): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', focusAppWindow);
  return true;
}

/**
 * Opens the role's core and closes its database when the app quits, so WAL is checkpointed.
 * Closing the kiosk from its admin view (behind the PIN) quits the app: the only way out of it.
 * The staff tool opens its keys with a passphrase the system keyring keeps.
 */
function setupCore(role: Role, dataDir: string): Core {
  const keys = staffKeyOptions(role, app.getPath('userData'), safeStorage);
  const core = openCore(role, dataDir, log, { onExit: () => app.quit(), ...keys });
  app.on('will-quit', () => core.close());
  return core;
}

function setupIpc(core: Core): void {
  registerContractIpc(ipcMain, core.dispatch, (event) =>
    isTrustedSender(event.senderFrame?.url, event.sender.id, appWindowIds),
  );
}

/** The staff tool prints its social report and poster to a PDF file staff choose; a kiosk prints nothing. */
function setupPrint(role: Role): void {
  if (role !== 'staff') return;
  registerPrintToPdf(
    ipcMain,
    (event) => isTrustedSender(event.senderFrame?.url, event.sender.id, appWindowIds),
    (event) => (options) => {
      const window = BrowserWindow.fromWebContents(event.sender);
      return window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options);
    },
  );
}

/** A kiosk screen that goes dark looks broken; the staff tool lets the office PC sleep. */
function setupPowerSave(role: Role): void {
  if (role === 'kiosk') powerSaveBlocker.start('prevent-display-sleep');
}

function onReady(): void {
  const options = resolveLaunchOptions(process.argv, app.getPath('userData'));
  if (!options.ok) return refuseToStart('Kuulluksi cannot start', options.error.message);
  const { role, dataDir } = options.value;

  let core: Core;
  try {
    core = setupCore(role, dataDir);
  } catch (error) {
    return refuseToStart(
      'Kuulluksi cannot open its data',
      error instanceof Error ? error.message : String(error),
    );
  }

  setupIpc(core);
  setupPrint(role);
  registerAppProtocol(protocol, rendererDir);
  setupGuards(app, session.defaultSession);
  Menu.setApplicationMenu(null);
  setupPowerSave(role);
  createAppWindow(role, preloadPath(role), log);
}

if (setupSingleInstance()) {
  app.enableSandbox();
  applyChromiumSwitches(app.commandLine, process.platform);
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(onReady, (error: unknown) => refuseToStart('Kuulluksi cannot start', String(error)));
} else {
  app.quit();
}
