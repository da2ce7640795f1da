import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { applyChromiumSwitches, chromiumSwitches } from '../../../electron/shell/chromium-switches.ts';
import { projectRoot } from '../../helpers/project.ts';

/** What the shell hands to `app.commandLine.appendSwitch`, call by call. */
function appended(platform: NodeJS.Platform): unknown[][] {
  const calls: unknown[][] = [];
  applyChromiumSwitches({ appendSwitch: (...args: unknown[]) => void calls.push(args) }, platform);
  return calls;
}

test('on Linux Chromium is told to find its voices through speech-dispatcher, by the name appendSwitch takes', () => {
  assert.deepEqual(chromiumSwitches('linux'), ['enable-speech-dispatcher']);
  assert.deepEqual(appended('linux'), [['enable-speech-dispatcher']]);
});

test('on Windows and macOS the system voices need no switch', () => {
  for (const platform of ['win32', 'darwin'] as const) {
    assert.deepEqual(chromiumSwitches(platform), [], platform);
    assert.deepEqual(appended(platform), [], platform);
  }
});

test('the shell appends the switches before it waits for the app to be ready, when Chromium still reads them', () => {
  const main = readFileSync(join(projectRoot, 'electron/shell/main.ts'), 'utf8');
  const applied = main.indexOf('applyChromiumSwitches(app.commandLine, process.platform)');
  assert.notEqual(applied, -1, 'main.ts applies the switches for the platform it runs on');
  assert.ok(applied < main.indexOf('app.whenReady()'), 'the switches come before app.whenReady()');
});
