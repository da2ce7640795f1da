import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { test } from 'node:test';
import { contentSecurityPolicy } from '../../../electron/core/csp.ts';
import {
  appSchemePrivileges,
  registerAppProtocol,
  resolveAppAsset,
} from '../../../electron/shell/protocol.ts';

const rendererDir = join(tmpdir(), 'kuulluksi-renderer');

test('the app root and index.html both map to index.html', () => {
  assert.equal(resolveAppAsset('app://kuulluksi/', rendererDir), join(rendererDir, 'index.html'));
  assert.equal(resolveAppAsset('app://kuulluksi/index.html', rendererDir), join(rendererDir, 'index.html'));
});

test('asset paths map into the renderer folder, ignoring query and fragment', () => {
  assert.equal(
    resolveAppAsset('app://kuulluksi/assets/main-1a2b.js?v=2#x', rendererDir),
    join(rendererDir, 'assets', 'main-1a2b.js'),
  );
  assert.equal(
    resolveAppAsset('app://kuulluksi/assets/a%20b.css', rendererDir),
    join(rendererDir, 'assets', 'a b.css'),
  );
});

test('other schemes and hosts are not served', () => {
  for (const url of [
    'app://other/index.html',
    'https://kuulluksi/index.html',
    'file:///index.html',
    'app://kuulluksi:1/',
  ]) {
    assert.equal(resolveAppAsset(url, rendererDir), null, url);
  }
});

test('every form of path traversal is refused', () => {
  const attacks = [
    'app://kuulluksi/../secret.txt',
    'app://kuulluksi/assets/../../secret.txt',
    'app://kuulluksi/%2e%2e/secret.txt',
    'app://kuulluksi/%2E%2E%2Fsecret.txt',
    'app://kuulluksi/assets/..%2f..%2fsecret.txt',
    'app://kuulluksi/..%5csecret.txt',
    'app://kuulluksi/assets%5c..%5c..%5csecret.txt',
    'app://kuulluksi/assets\\..\\..\\secret.txt',
    'app://kuulluksi/%5cetc%5cpasswd',
    'app://kuulluksi/index.html%00.js',
    'app://kuulluksi/%E0%A4%A',
  ];
  for (const url of attacks) assert.equal(resolveAppAsset(url, rendererDir), null, url);
});

test('absolute and doubly encoded paths stay inside the renderer folder', () => {
  for (const url of [
    'app://kuulluksi//etc/passwd',
    'app://kuulluksi/%2Fetc%2Fpasswd',
    'app://kuulluksi/%252e%252e/x',
  ]) {
    const file = resolveAppAsset(url, rendererDir);
    assert.ok(file === null || file.startsWith(rendererDir + sep), `${url} -> ${file}`);
  }
});

test('app:// is registered standard, secure and fetchable', () => {
  assert.deepEqual(appSchemePrivileges, {
    scheme: 'app',
    privileges: { standard: true, secure: true, supportFetchAPI: true },
  });
});

type AppHandler = (request: Request) => Promise<Response>;

function servedFrom(dir: string): AppHandler {
  let captured: AppHandler | undefined;
  const protocol = {
    handle: (scheme: string, handler: AppHandler) => void (scheme === 'app' && (captured = handler)),
  };
  registerAppProtocol(protocol as never, dir);
  assert.ok(captured, 'registerAppProtocol handles the app scheme');
  return captured;
}

function builtRenderer(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kuulluksi-protocol-'));
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>k</title>');
  writeFileSync(join(dir, 'renderer', 'assets', 'main.js'), 'export {};');
  writeFileSync(join(dir, 'secret.txt'), 'do not serve');
  return join(dir, 'renderer');
}

test('files are served with their content type, the CSP and nosniff', async () => {
  const handle = servedFrom(builtRenderer());
  const page = await handle(new Request('app://kuulluksi/'));
  assert.equal(page.status, 200);
  assert.equal(await page.text(), '<!doctype html><title>k</title>');
  assert.match(page.headers.get('content-type') ?? '', /^text\/html/);
  assert.equal(page.headers.get('content-security-policy'), contentSecurityPolicy);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  const script = await handle(new Request('app://kuulluksi/assets/main.js'));
  assert.match(script.headers.get('content-type') ?? '', /^text\/javascript/);
});

test('a traversal, a missing file or a folder is a 404 that still carries the CSP', async () => {
  const handle = servedFrom(builtRenderer());
  for (const url of [
    'app://kuulluksi/%2e%2e/secret.txt',
    'app://kuulluksi/missing.js',
    'app://kuulluksi/assets',
  ]) {
    const response = await handle(new Request(url));
    assert.equal(response.status, 404, url);
    assert.equal(response.headers.get('content-security-policy'), contentSecurityPolicy, url);
    assert.doesNotMatch(await response.text(), /do not serve/);
  }
});

test('only GET is answered', async () => {
  const handle = servedFrom(builtRenderer());
  const response = await handle(new Request('app://kuulluksi/index.html', { method: 'POST', body: 'x' }));
  assert.equal(response.status, 405);
});
