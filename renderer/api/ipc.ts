import type { Role, RoleApi } from '../../shared/contract/index.ts';

type ExposedApi = RoleApi<Role>;

declare global {
  interface Window {
    kuulluksi?: ExposedApi;
  }
}

/** The contract over Electron IPC, when the page runs inside the app; null in a plain browser. */
export function ipcApi(): ExposedApi | null {
  return window.kuulluksi ?? null;
}
