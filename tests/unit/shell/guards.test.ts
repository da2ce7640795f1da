import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  denyPermission,
  denyPermissionCheck,
  denyWindowOpen,
  guardNavigation,
  isAppUrl,
  isBlockedShortcut,
  isTrustedSender,
  type KeyInput,
} from '../../../electron/shell/guards.ts';

function fakeEvent() {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

test('isAppUrl accepts our own pages', () => {
  for (const url of [
    'app://kuulluksi/index.html',
    'app://kuulluksi/',
    'app://kuulluksi/assets/a.js?x=1#top',
  ]) {
    assert.equal(isAppUrl(url), true, url);
  }
});

test('isAppUrl refuses other schemes, hosts, ports, credentials and non-strings', () => {
  const refused: unknown[] = [
    'https://kuulluksi/index.html',
    'file:///etc/passwd',
    'app://other/index.html',
    'app://kuulluksi.evil.example/',
    'app://evil@kuulluksi/',
    'app://kuulluksi:8080/',
    'app://user:pw@kuulluksi/',
    'javascript:alert(1)',
    'about:blank',
    'not a url',
    '',
    undefined,
    null,
    42,
    { toString: () => 'app://kuulluksi/' },
  ];
  for (const url of refused) assert.equal(isAppUrl(url), false, String(url));
});

test('guardNavigation stops navigation to any other site', () => {
  for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/', 'data:text/html,hi']) {
    const event = fakeEvent();
    guardNavigation(event, url);
    assert.equal(event.prevented, true, url);
  }
});

test('guardNavigation lets the app reload its own entry page', () => {
  const event = fakeEvent();
  guardNavigation(event, 'app://kuulluksi/index.html');
  assert.equal(event.prevented, false);
});

test('new windows are always denied', () => {
  assert.deepEqual(denyWindowOpen(), { action: 'deny' });
});

test('permission requests are answered no, and permission checks say no', () => {
  const answers: boolean[] = [];
  for (const permission of ['media', 'geolocation', 'notifications', 'fullscreen', 'openExternal']) {
    denyPermission({}, permission, (granted) => answers.push(granted));
  }
  assert.deepEqual(answers, [false, false, false, false, false]);
  assert.equal(denyPermissionCheck(), false);
});

test('an IPC sender is trusted only from our page in a window we created', () => {
  const windows = new Set([3, 7]);
  assert.equal(isTrustedSender('app://kuulluksi/index.html', 7, windows), true);
  assert.equal(isTrustedSender('app://kuulluksi/index.html', 8, windows), false);
  assert.equal(isTrustedSender('https://evil.example/', 7, windows), false);
  assert.equal(isTrustedSender(undefined, 7, windows), false);
  assert.equal(isTrustedSender('app://kuulluksi/index.html', 7, new Set()), false);
});

const key = (key: string, modifiers: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key,
  control: false,
  meta: false,
  shift: false,
  alt: false,
  ...modifiers,
});

test('zoom, reload, print, full-screen and devtools shortcuts are blocked', () => {
  const blocked = [
    key('+', { control: true }),
    key('=', { control: true }),
    key('-', { meta: true }),
    key('0', { control: true }),
    key('r', { control: true }),
    key('R', { control: true, shift: true }),
    key('p', { control: true }),
    key('I', { control: true, shift: true }),
    key('J', { meta: true, shift: true }),
    key('F5'),
    key('F11'),
    key('F12'),
  ];
  for (const input of blocked) assert.equal(isBlockedShortcut(input), true, JSON.stringify(input));
});

test('ordinary typing, copy and paste pass through', () => {
  const allowed = [
    key('a'),
    key('R', { shift: true }),
    key('0'),
    key('c', { control: true }),
    key('v', { control: true }),
  ];
  for (const input of allowed) assert.equal(isBlockedShortcut(input), false, JSON.stringify(input));
  assert.equal(isBlockedShortcut({ ...key('F5'), type: 'keyUp' }), false);
});
