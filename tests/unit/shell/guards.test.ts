import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  denyPermission,
  denyPermissionCheck,
  denyWindowOpen,
  guardNavigation,
  isAppUrl,
  createCloseGuard,
  isBlockedShortcut,
  isLockedWindow,
  isTrustedSender,
  isZoomShortcut,
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

test('reload, print, full-screen and devtools shortcuts are blocked', () => {
  const blocked = [
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

test('zoom keys are zoom shortcuts, which only the kiosk refuses: staff may zoom their window', () => {
  const zoom = [
    key('+', { control: true }),
    key('+', { control: true, shift: true }),
    key('=', { control: true }),
    key('-', { meta: true }),
    key('_', { control: true, shift: true }),
    key('0', { control: true }),
    { ...key('0', { control: true }), type: 'rawKeyDown' },
  ];
  for (const input of zoom) {
    assert.equal(isZoomShortcut(input), true, JSON.stringify(input));
    assert.equal(isBlockedShortcut(input), false, `${JSON.stringify(input)} is not blocked in every window`);
  }
  for (const input of [
    key('+'),
    key('0'),
    key('-', { alt: true }),
    { ...key('=', { control: true }), type: 'keyUp' },
  ])
    assert.equal(isZoomShortcut(input), false, JSON.stringify(input));
});

test('only the kiosk window is locked', () => {
  assert.equal(isLockedWindow('kiosk'), true);
  assert.equal(isLockedWindow('staff'), false);
});

test('a locked window refuses every request to close until the app itself is quitting', () => {
  const guard = createCloseGuard();
  for (let i = 0; i < 3; i++) {
    const altF4 = fakeEvent();
    guard.guardClose(altF4);
    assert.equal(altF4.prevented, true);
  }
  guard.appIsQuitting();
  const quit = fakeEvent();
  guard.guardClose(quit);
  assert.equal(quit.prevented, false);
});
