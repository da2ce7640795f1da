import assert from 'node:assert/strict';
import { test } from 'node:test';
import { adminMethods } from '../../../shared/contract/admin.ts';
import { contract, methodsOf } from '../../../shared/contract/index.ts';
import { kioskMethods } from '../../../shared/contract/kiosk.ts';
import { sessionMethods } from '../../../shared/contract/session.ts';
import { staffMethods } from '../../../shared/contract/staff.ts';

const namespaces = { session: sessionMethods, kiosk: kioskMethods, admin: adminMethods, staff: staffMethods };

test('each method is defined once, in the file of the namespace its name starts with', () => {
  const defined = Object.entries(namespaces).flatMap(([namespace, methods]) =>
    Object.keys(methods).map((name) => ({ namespace, name })),
  );
  for (const { namespace, name } of defined) assert.equal(name.split('.')[0], namespace, name);
  assert.equal(new Set(defined.map(({ name }) => name)).size, defined.length);
  assert.deepEqual(Object.keys(contract).sort(), defined.map(({ name }) => name).sort());
});

test('the kiosk role is never handed a staff method, nor the staff role a kiosk or admin one', () => {
  assert.ok(methodsOf('kiosk').every((name) => !name.startsWith('staff.')));
  assert.ok(methodsOf('staff').every((name) => !name.startsWith('kiosk.') && !name.startsWith('admin.')));
});
