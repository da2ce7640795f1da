import { contextBridge, ipcRenderer } from 'electron';
import type { Role } from '../../shared/contract/index.ts';
import { CONTRACT_CHANNEL } from './channel.ts';
import { createContractApi } from './contract-api.ts';

/**
 * Puts the role's contract on `window.kuulluksi`. Only the frozen `{ role, call }` object
 * crosses the context bridge; ipcRenderer itself never does, so the page can reach no channel
 * but ours and no method its role lacks.
 */
export function exposeContract(role: Role): void {
  const api = createContractApi(role, (method, input) => ipcRenderer.invoke(CONTRACT_CHANNEL, method, input));
  contextBridge.exposeInMainWorld('kuulluksi', api);
}
