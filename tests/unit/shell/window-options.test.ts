import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roles } from '../../../shared/contract/index.ts';
import { appEntryUrl, windowOptions } from '../../../electron/shell/window-options.ts';
import { isAppUrl } from '../../../electron/shell/guards.ts';

for (const role of roles) {
  test(`the ${role} window runs its page isolated, sandboxed, without Node or devtools`, () => {
    const prefs = windowOptions(role, '/app/preload.cjs').webPreferences;
    assert.ok(prefs);
    assert.equal(prefs.preload, '/app/preload.cjs');
    assert.equal(prefs.contextIsolation, true);
    assert.equal(prefs.sandbox, true);
    assert.equal(prefs.nodeIntegration, false);
    assert.equal(prefs.nodeIntegrationInWorker, false);
    assert.equal(prefs.nodeIntegrationInSubFrames, false);
    assert.equal(prefs.webSecurity, true);
    assert.equal(prefs.allowRunningInsecureContent, false);
    assert.equal(prefs.webviewTag, false);
    assert.equal(prefs.devTools, false);
    assert.equal(prefs.spellcheck, false);
    assert.equal(prefs.navigateOnDragDrop, false);
    assert.equal(prefs.zoomFactor, 1);
    assert.notEqual(prefs.autoplayPolicy, 'no-user-gesture-required');
  });

  test(`the ${role} window stays hidden until its page has painted`, () => {
    assert.equal(windowOptions(role, '/p').show, false);
  });
}

test('the kiosk window is a frameless full-screen kiosk that cannot be minimised', () => {
  const options = windowOptions('kiosk', '/p');
  assert.equal(options.kiosk, true);
  assert.equal(options.fullscreen, true);
  assert.equal(options.frame, false);
  assert.equal(options.minimizable, false);
  assert.equal(options.webPreferences?.disableDialogs, true);
});

test('the staff window is an ordinary framed window', () => {
  const options = windowOptions('staff', '/p');
  assert.notEqual(options.kiosk, true);
  assert.notEqual(options.fullscreen, true);
  assert.notEqual(options.frame, false);
  assert.ok((options.width ?? 0) >= 800);
});

test('the entry page is an app:// URL the guards accept', () => {
  assert.equal(isAppUrl(appEntryUrl), true);
});
