import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { test } from 'node:test';
import type { KeyInput } from '../../../electron/shell/guards.ts';
import { lockWindow } from '../../../electron/shell/window-lock.ts';

/** A stand-in for a WebContents: an emitter that remembers the zoom it was set to. */
class FakeContents extends EventEmitter {
  zoomLevel = 0;
  visualZoomLimits: [number, number] | null = null;
  setZoomLevel(level: number): void {
    this.zoomLevel = level;
  }
  async setVisualZoomLevelLimits(minimum: number, maximum: number): Promise<void> {
    this.visualZoomLimits = [minimum, maximum];
  }
}

class FakeWindow extends EventEmitter {
  webContents = new FakeContents();
}

function preventable() {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
  return event;
}

function locked(role: 'kiosk' | 'staff') {
  const app = new EventEmitter();
  const window = new FakeWindow();
  lockWindow(role, window as never, app as never);
  /** What becomes of a request to close the window now: true if it was refused. */
  const closeRefused = () => {
    const event = preventable();
    window.emit('close', event);
    return event.prevented;
  };
  return { app, window, closeRefused };
}

const ctrl = (key: string): KeyInput => ({
  type: 'keyDown',
  key,
  control: true,
  meta: false,
  shift: false,
  alt: false,
});

test('the kiosk window refuses Alt+F4 and every close request, and closes once reception’s exit quits the app', () => {
  const { app, closeRefused } = locked('kiosk');
  assert.equal(closeRefused(), true);
  assert.equal(closeRefused(), true);
  app.emit('before-quit', preventable());
  assert.equal(closeRefused(), false);
});

test('the kiosk window closes when Windows ends the session', () => {
  for (const ending of ['query-session-end', 'session-end']) {
    const { window, closeRefused } = locked('kiosk');
    window.emit(ending, { ...preventable(), reasons: ['shutdown'] });
    assert.equal(closeRefused(), false, ending);
  }
});

test('the kiosk page cannot be zoomed: keys are swallowed, a wheel zoom is undone, pinch is held at 1', () => {
  const { window } = locked('kiosk');
  const contents = window.webContents;
  assert.deepEqual(contents.visualZoomLimits, [1, 1]);
  for (const key of ['+', '-', '0']) {
    const event = preventable();
    contents.emit('before-input-event', event, ctrl(key));
    assert.equal(event.prevented, true, key);
  }
  const typing = preventable();
  contents.emit('before-input-event', typing, { ...ctrl('a'), control: false });
  assert.equal(typing.prevented, false);
  contents.zoomLevel = 1.5;
  contents.emit('zoom-changed', preventable(), 'in');
  assert.equal(contents.zoomLevel, 0);
});

test('the staff window stays an ordinary window: it closes and zooms', () => {
  const { window, closeRefused } = locked('staff');
  assert.equal(closeRefused(), false);
  const contents = window.webContents;
  const zoomIn = preventable();
  contents.emit('before-input-event', zoomIn, ctrl('+'));
  assert.equal(zoomIn.prevented, false);
  contents.zoomLevel = 1.5;
  contents.emit('zoom-changed', preventable(), 'in');
  assert.equal(contents.zoomLevel, 1.5);
  assert.equal(contents.visualZoomLimits, null);
});
