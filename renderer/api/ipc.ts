import type { Api, Role } from '../../shared/contract.ts';

/** What the Electron preload exposes: the role and the same typed call as the HTTP transport. */
export type ExposedApi = Api<Role> & { role: Role };

declare global {
  interface Window {
    kuulluksi?: ExposedApi;
  }
}

/** The contract over Electron IPC, when the page runs inside the app; null in a plain browser. */
export function ipcApi(): ExposedApi | null {
  return window.kuulluksi ?? null;
}
