import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { contentSecurityPolicy } from '../../../electron/core/csp.ts';
import { silentLog } from '../../../electron/core/log.ts';
import { startHost, type Host } from '../../../electron/host/start-host.ts';
import { callHost } from '../../../build/serve-host.ts';
import { storeContents } from '../../helpers/stored-state.ts';
import { tempDir } from '../../helpers/temp-dir.ts';

let host: Host;
let port: number;
// Made at the top level: tempDir registers its clean-up with the file, not with a hook.
const rendererDir = tempDir();
const dataDir = tempDir();

before(async () => {
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>k</title></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  host = await startHost({ role: 'kiosk', dataDir, port: 0, rendererDir, log: silentLog });
  port = Number(new URL(host.url).port);
});
after(() => host.close());

/** A raw request, so paths and headers reach the server exactly as written. */
function raw(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>(
    (resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port, path, method, headers: { Host: `127.0.0.1:${port}`, ...headers } },
        (res) => {
          let text = '';
          res.on('data', (chunk) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
        },
      );
      req.on('error', reject);
      req.end(body);
    },
  );
}

test('the host listens on 127.0.0.1 only', () => {
  assert.match(host.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
});

test('a contract call returns its result as JSON', async () => {
  const { status, body } = await callHost(host.url, 'kiosk.today');
  assert.equal(status, 200);
  assert.equal(body.ok, true);
  assert.equal(body.value.question.id, 'visit-today');
});

test('a method of another role is forbidden and a made-up one is unknown', async () => {
  assert.deepEqual(await callHost(host.url, 'staff.report'), {
    status: 403,
    body: { ok: false, error: { code: 'forbidden', message: 'The kiosk cannot call staff.report.' } },
  });
  const unknown = await callHost(host.url, 'kiosk.dropTables');
  assert.equal(unknown.status, 404);
  assert.equal(unknown.body.error.code, 'unknown_method');
});

test('bad input is refused with the field it concerns, and nothing is stored', async () => {
  const { status, body } = await callHost(host.url, 'kiosk.submitResponse', {
    questionId: 'visit-today',
    questionVersion: 1,
    value: 'five',
  });
  assert.equal(status, 400);
  assert.match(body.error.message, /^kiosk\.submitResponse: value: /);
  const extra = await callHost(host.url, 'kiosk.submitResponse', {
    questionId: 'visit-today',
    questionVersion: 1,
    value: 5,
    name: 'Matti',
  });
  assert.equal(extra.status, 400, 'an unexpected field such as a name must be refused, not ignored');
});

test('a method name with broken percent-encoding is a clear 400, and nothing is stored', async () => {
  const database = join(dataDir, 'kiosk.sqlite3');
  const before = storeContents(database);
  for (const path of ['/api/%E0%A4%A', '/api/kiosk.submitResponse%', '/api/%FF']) {
    const answer = await raw(path, { 'Content-Type': 'application/json' }, 'POST', '{"value":5}');
    assert.equal(answer.status, 400, path);
    assert.deepEqual(
      JSON.parse(answer.body),
      {
        ok: false,
        error: {
          code: 'bad_request',
          message: 'The method name in the address is not valid percent-encoded UTF-8.',
        },
      },
      path,
    );
  }
  assert.equal(storeContents(database), before);
});

test('a request target that is no URL at all is a clear 400, not a 500', async () => {
  for (const target of ['http://[', 'http://%zz/', 'http://x:99999/']) {
    const answer = await raw(target);
    assert.equal(answer.status, 400, target);
    assert.equal(answer.body, 'The address is not a valid URL.', target);
  }
});

test('requests with a foreign Host or Origin are refused (DNS rebinding, other sites)', async () => {
  assert.equal((await raw('/', { Host: 'evil.example:80' })).status, 403);
  const fromSite = await raw(
    '/api/kiosk.today',
    { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
    'POST',
    '{}',
  );
  assert.equal(fromSite.status, 403);
});

test('the API accepts only JSON bodies, within a size cap', async () => {
  const form = await raw(
    '/api/kiosk.today',
    { 'Content-Type': 'application/x-www-form-urlencoded' },
    'POST',
    'a=1',
  );
  assert.equal(form.status, 400);
  const huge = await raw(
    '/api/kiosk.today',
    { 'Content-Type': 'application/json' },
    'POST',
    JSON.stringify({ x: 'y'.repeat(70_000) }),
  );
  assert.equal(huge.status, 400);
  assert.match(huge.body, /larger than/);
  const broken = await raw('/api/kiosk.today', { 'Content-Type': 'application/json' }, 'POST', '{');
  assert.match(broken.body, /not valid JSON/);
});

test('renderer files are served with the strict CSP, and paths cannot leave the renderer folder', async () => {
  const page = await raw('/');
  assert.equal(page.status, 200);
  assert.equal(page.headers['content-security-policy'], contentSecurityPolicy);
  assert.equal((await raw('/assets/app.js')).headers['content-type'], 'text/javascript; charset=utf-8');
  for (const path of [
    '/../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/..%2fpackage.json',
    '/assets/..\\..\\package.json',
    '/%00',
  ]) {
    assert.equal((await raw(path)).status, 404, path);
  }
});

test('the page names the role this host serves, once, in its head; other files are served as they are', async () => {
  for (const path of ['/', '/index.html']) {
    const page = await raw(path);
    assert.equal(
      page.body.match(/<meta [^>]*>/g)?.join(),
      '<meta name="kuulluksi-role" content="kiosk" />',
      path,
    );
    assert.ok(page.body.indexOf('kuulluksi-role') < page.body.indexOf('</head>'), path);
    assert.equal(page.headers['content-security-policy'], contentSecurityPolicy);
  }
  assert.equal((await raw('/assets/app.js')).body, 'console.log(1)');
});
