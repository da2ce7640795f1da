import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageRoleMetaTag, roleNamedByPage } from '../../../shared/page-role.ts';

test('a page believes only a role spelled exactly; anything else leaves it to ask', () => {
  assert.equal(roleNamedByPage('kiosk'), 'kiosk');
  assert.equal(roleNamedByPage('staff'), 'staff');
  for (const content of [
    null,
    undefined,
    '',
    'Kiosk',
    ' kiosk',
    'admin',
    'toString',
    '__proto__',
    'constructor',
  ]) {
    assert.equal(roleNamedByPage(content), null, String(content));
  }
});

test('the tag the host writes names the role the page then reads', () => {
  for (const role of ['kiosk', 'staff'] as const) {
    const content = /content="([^"]*)"/.exec(pageRoleMetaTag(role))?.[1];
    assert.equal(roleNamedByPage(content), role);
  }
});
