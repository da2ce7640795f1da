import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Dispatch } from '../../../electron/core/dispatch.ts';
import { registerContractIpc } from '../../../electron/shell/ipc.ts';
import { CONTRACT_CHANNEL } from '../../../electron/preload/channel.ts';
import { ok, type Result } from '../../../shared/result.ts';

type Handler = (
  event: unknown,
  method: unknown,
  input: unknown,
) => Promise<Result<unknown>> | Result<unknown>;

/** Registers the IPC with a plain object in place of ipcMain and hands back what it captured. */
function register(trusted: boolean) {
  const handlers = new Map<string, Handler>();
  const calls: unknown[][] = [];
  const dispatch: Dispatch = async (method, input) => {
    calls.push([method, input]);
    return ok('dispatched');
  };
  const ipcMain = { handle: (channel: string, handler: Handler) => void handlers.set(channel, handler) };
  registerContractIpc(ipcMain as never, dispatch, () => trusted);
  return { handlers, calls };
}

test('the contract is served on exactly one channel, the one the preload uses', () => {
  const { handlers } = register(true);
  assert.deepEqual([...handlers.keys()], [CONTRACT_CHANNEL]);
});

test('a trusted sender reaches the dispatcher with its method and input', async () => {
  const { handlers, calls } = register(true);
  const result = await handlers.get(CONTRACT_CHANNEL)?.({}, 'session.describe', { a: 1 });
  assert.deepEqual(result, ok('dispatched'));
  assert.deepEqual(calls, [['session.describe', { a: 1 }]]);
});

test('an untrusted sender is answered forbidden and never reaches the dispatcher', async () => {
  const { handlers, calls } = register(false);
  const result = await handlers.get(CONTRACT_CHANNEL)?.({}, 'staff.report', {});
  assert.equal(result?.ok, false);
  assert.equal(result?.ok === false && result.error.code, 'forbidden');
  assert.deepEqual(calls, []);
});
