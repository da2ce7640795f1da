import { contextBridge, ipcRenderer } from 'electron';
import { PRINT_CHANNEL } from './channel.ts';

/**
 * Puts `window.kuulluksiPrint.toPdf()` on the staff page: the main process prints the window to
 * an A4 PDF and asks where to save it. Nothing else crosses; the page names no channel itself.
 */
export function exposePrint(): void {
  contextBridge.exposeInMainWorld('kuulluksiPrint', { toPdf: () => ipcRenderer.invoke(PRINT_CHANNEL) });
}
