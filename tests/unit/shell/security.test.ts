import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { test } from 'node:test';
import { setupGuards } from '../../../electron/shell/security.ts';

/** A stand-in for a WebContents: an emitter that also remembers its window-open handler. */
class FakeContents extends EventEmitter {
  openHandler: (() => unknown) | undefined;
  setWindowOpenHandler(handler: () => unknown): void {
    this.openHandler = handler;
  }
}

class FakeSession extends EventEmitter {
  requestHandler: ((...args: never[]) => unknown) | undefined;
  checkHandler: ((...args: never[]) => unknown) | undefined;
  deviceHandler: ((...args: never[]) => unknown) | undefined;
  setPermissionRequestHandler(handler: (...args: never[]) => unknown): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: (...args: never[]) => unknown): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: (...args: never[]) => unknown): void {
    this.deviceHandler = handler;
  }
}

function preventable(extra: object = {}) {
  const event = { prevented: false, preventDefault: () => void (event.prevented = true), ...extra };
  return event;
}

function guarded() {
  const app = new EventEmitter();
  const session = new FakeSession();
  setupGuards(app as never, session as never);
  const contents = new FakeContents();
  app.emit('web-contents-created', {}, contents);
  return { session, contents };
}

test('every new web contents refuses navigation and redirects away from the app', () => {
  const { contents } = guarded();
  for (const name of ['will-navigate', 'will-redirect']) {
    const away = preventable();
    contents.emit(name, away, 'https://example.com/');
    assert.equal(away.prevented, true, name);
    const home = preventable();
    contents.emit(name, home, 'app://kuulluksi/index.html');
    assert.equal(home.prevented, false, name);
  }
  const frame = preventable({ url: 'https://example.com/' });
  contents.emit('will-frame-navigate', frame);
  assert.equal(frame.prevented, true);
});

test('every new web contents denies window.open and refuses webviews', () => {
  const { contents } = guarded();
  assert.deepEqual(contents.openHandler?.(), { action: 'deny' });
  const attach = preventable();
  contents.emit('will-attach-webview', attach, {}, {});
  assert.equal(attach.prevented, true);
});

test('every new web contents swallows the devtools shortcut', () => {
  const { contents } = guarded();
  const event = preventable();
  contents.emit('before-input-event', event, {
    type: 'keyDown',
    key: 'F12',
    control: false,
    meta: false,
    shift: false,
    alt: false,
  });
  assert.equal(event.prevented, true);
});

test('the session grants no permission and starts no download', () => {
  const { session } = guarded();
  const answers: boolean[] = [];
  (session.requestHandler as (wc: unknown, p: string, cb: (granted: boolean) => void) => void)(
    {},
    'media',
    (granted) => answers.push(granted),
  );
  assert.deepEqual(answers, [false]);
  assert.equal((session.checkHandler as () => boolean)(), false);
  assert.equal((session.deviceHandler as () => boolean)(), false);
  const download = preventable();
  session.emit('will-download', download, {}, {});
  assert.equal(download.prevented, true);
});
