import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { resolveLaunchOptions } from '../../../electron/shell/launch-options.ts';

const userData = join('/', 'home', 'kiosk', '.config', 'Kuulluksi');
const exe = '/opt/Kuulluksi/kuulluksi';
const dataDir = join('/', 'srv', 'kuulluksi');

test('with no flags the app is a kiosk keeping its data under userData', () => {
  assert.deepEqual(resolveLaunchOptions([exe], userData), {
    ok: true,
    value: { role: 'kiosk', dataDir: join(userData, 'data') },
  });
});

test('--role and --data choose the role and the data folder', () => {
  const result = resolveLaunchOptions([exe, '--role=staff', `--data=${dataDir}`], userData);
  assert.deepEqual(result, { ok: true, value: { role: 'staff', dataDir } });
});

test('flags that belong to Chromium or Electron are left alone', () => {
  const result = resolveLaunchOptions(
    [exe, '.', '--no-sandbox', '--enable-logging', '--role=staff'],
    userData,
  );
  assert.equal(result.ok && result.value.role, 'staff');
});

function refusal(argv: string[]): string {
  const result = resolveLaunchOptions([exe, ...argv], userData);
  assert.equal(result.ok, false, `${argv.join(' ')} should be refused`);
  return result.ok ? '' : result.error.message;
}

test('an unknown role is refused with a message naming --role', () => {
  assert.match(refusal(['--role=admin']), /^--role must be kiosk or staff .*"admin"/);
  assert.match(refusal(['--role=']), /^--role must be kiosk or staff/);
});

test('a relative or empty --data is refused with a message naming --data', () => {
  assert.match(refusal(['--data=data']), /^--data must be an absolute path/);
  assert.match(refusal(['--data=']), /^--data must name a folder/);
});

test('a flag without a value or given twice is refused', () => {
  assert.match(refusal(['--role']), /^--role needs a value/);
  assert.match(refusal(['--data']), /^--data needs a value/);
  assert.match(refusal(['--role=kiosk', '--role=staff']), /^--role is given more than once/);
});
