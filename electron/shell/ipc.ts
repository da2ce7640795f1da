import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Dispatch } from '../core/dispatch.ts';
import { CONTRACT_CHANNEL } from '../preload/channel.ts';
import { fail } from '../../shared/result.ts';

/**
 * The whole IPC surface: one handler on one channel, in front of core's dispatcher. A sender that
 * is not one of our windows showing our page is answered `forbidden` and never reaches core; the
 * dispatcher then checks the method's role and parses the input, exactly as it does for HTTP.
 */
export function registerContractIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dispatch: Dispatch,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): void {
  ipcMain.handle(CONTRACT_CHANNEL, (event, method: unknown, input: unknown) => {
    if (!isTrusted(event)) {
      return fail('forbidden', 'This window may not talk to Kuulluksi.');
    }
    return dispatch(method, input);
  });
}
