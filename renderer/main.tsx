import { render } from 'preact';
import type { Api, Role } from '../shared/contract.ts';
import { ApiContext } from './api/context.ts';
import { createHttpApi } from './api/http.ts';
import { ipcApi } from './api/ipc.ts';
import { StatusMessage } from './components/StatusMessage/index.tsx';
import { text } from './i18n/index.ts';
import './styles/global.css';

/**
 * Picks the transport (Electron IPC when the preload exposed it, otherwise HTTP to the host),
 * learns which role this window serves, and loads only that role's screens.
 */
async function start(root: HTMLElement): Promise<void> {
  const api: Api<Role> = ipcApi() ?? createHttpApi();
  const session = await api.call('session.describe', {});
  if (!session.ok) {
    render(<StatusMessage tone="problem" message={text('fi').unavailable} />, root);
    setTimeout(() => void start(root), 5000);
    return;
  }
  const App =
    session.value.role === 'kiosk'
      ? (await import('./kiosk/KioskApp.tsx')).KioskApp
      : (await import('./staff/StaffApp.tsx')).StaffApp;
  render(
    <ApiContext.Provider value={api}>
      <App />
    </ApiContext.Provider>,
    root,
  );
}

void start(document.getElementById('app')!);
