import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createContractApi } from '../../../electron/preload/contract-api.ts';
import { methodsOf } from '../../../shared/contract/index.ts';
import { ok } from '../../../shared/result.ts';

function recording(answer: () => Promise<unknown> = async () => ok('answered')) {
  const calls: unknown[][] = [];
  const invoke = (method: string, input: unknown) => {
    calls.push([method, input]);
    return answer();
  };
  return { calls, invoke };
}

test('the exposed API carries its role and forwards its own methods to main', async () => {
  const { calls, invoke } = recording();
  const api = createContractApi('kiosk', invoke);
  assert.equal(api.role, 'kiosk');
  assert.deepEqual(await api.call('kiosk.today', {}), ok('answered'));
  assert.deepEqual(calls, [['kiosk.today', {}]]);
});

test('the kiosk preload refuses staff methods without sending anything', async () => {
  const { calls, invoke } = recording();
  const api = createContractApi('kiosk', invoke);
  const result = await (api.call as (method: string, input: unknown) => Promise<unknown>)('staff.report', {});
  assert.deepEqual(result, {
    ok: false,
    error: { code: 'forbidden', message: 'The kiosk cannot call "staff.report".' },
  });
  assert.deepEqual(calls, []);
});

test('the staff preload refuses kiosk methods and unknown names without sending anything', async () => {
  const { calls, invoke } = recording();
  const call = createContractApi('staff', invoke).call as (
    method: unknown,
    input: unknown,
  ) => Promise<{ ok: boolean }>;
  for (const method of ['kiosk.submitResponse', 'nope', '__proto__', 'toString', 42, undefined]) {
    assert.equal((await call(method, {})).ok, false, String(method));
  }
  assert.deepEqual(calls, []);
});

test('every method of each role is forwarded', async () => {
  for (const role of ['kiosk', 'staff'] as const) {
    const { calls, invoke } = recording();
    const call = createContractApi(role, invoke).call as (method: string, input: unknown) => Promise<unknown>;
    for (const method of methodsOf(role)) await call(method, {});
    assert.deepEqual(
      calls.map(([method]) => method),
      methodsOf(role),
    );
  }
});

test('a failed invoke becomes a transport_failed result instead of a rejection', async () => {
  const { invoke } = recording(() => Promise.reject(new Error('No handler registered')));
  const result = await createContractApi('kiosk', invoke).call('session.describe', {});
  assert.equal(result.ok === false && result.error.code, 'transport_failed');
});
