import { render, type ComponentChild } from 'preact';
import type { Api, Role } from '../shared/contract/index.ts';
import { pageRoleMetaName, roleNamedByPage } from '../shared/page-role.ts';
import { readPrintPageQuery } from '../shared/print-page.ts';
import { ApiContext } from './api/context.ts';
import { createHttpApi } from './api/http.ts';
import { ipcApi } from './api/ipc.ts';
import { StatusMessage } from './components/StatusMessage/index.tsx';
import { text } from './i18n/index.ts';
import { KioskRecovery } from './kiosk/KioskRecovery/index.tsx';
import { fetchKioskStart } from './kiosk/start/first-screen.ts';
import './components/tokens.css';
import './styles/global.css';

/**
 * Picks the transport (Electron IPC when the preload exposed it, otherwise HTTP to the host),
 * learns which role this window serves, and loads only that role's screens. The role comes from
 * the preload, or from the page the host served; only a page that names none asks the host.
 */
async function start(root: HTMLElement): Promise<void> {
  const exposed = ipcApi();
  const api: Api<Role> = exposed ?? createHttpApi();
  const role = exposed?.role ?? roleNamedByPage(pageRoleMeta()) ?? (await askRole(api));
  if (!role) {
    render(<StatusMessage tone="problem" message={text('fi').unavailable} />, root);
    setTimeout(() => void start(root), 5000);
    return;
  }
  const app = role === 'kiosk' ? await kioskApp(api as Api<'kiosk'>) : await staffApp();
  render(<ApiContext.Provider value={api}>{app}</ApiContext.Provider>, root);
}

function pageRoleMeta(): string | null {
  return document.querySelector(`meta[name="${pageRoleMetaName}"]`)?.getAttribute('content') ?? null;
}

async function askRole(api: Api<Role>): Promise<Role | null> {
  const session = await api.call('session.describe', {});
  return session.ok ? session.value.role : null;
}

/**
 * The start screen's data is asked for while the kiosk's screens load, not after they mounted.
 * Each role's root keeps a screen that throws from blanking the page.
 */
async function kioskApp(api: Api<'kiosk'>): Promise<ComponentChild> {
  const [{ KioskApp }, first] = await Promise.all([import('./kiosk/KioskApp.tsx'), fetchKioskStart(api)]);
  return <KioskRecovery first={first} app={(start) => <KioskApp first={start} />} />;
}

async function staffApp(): Promise<ComponentChild> {
  const print = readPrintPageQuery(location.search);
  if (print) {
    const { PrintRoot } = await import('./staff/PrintRoot.tsx');
    return <PrintRoot request={print} />;
  }
  const { StaffRoot } = await import('./staff/StaffRoot.tsx');
  return <StaffRoot />;
}

void start(document.getElementById('app')!);
