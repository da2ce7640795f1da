import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findChromium } from '../../../../../electron/core/staff/print/find-chromium.ts';

/** A file system holding only these programs. */
const only =
  (...programs: string[]) =>
  (file: string) =>
    programs.includes(file);

test('KUULLUKSI_CHROMIUM wins over anything on PATH', () => {
  const env = { KUULLUKSI_CHROMIUM: '/opt/chrome/chrome', PATH: '/usr/bin' };
  assert.equal(findChromium(env, only('/opt/chrome/chrome', '/usr/bin/chromium')), '/opt/chrome/chrome');
});

test('on PATH, chromium comes before chromium-browser and Google Chrome, whatever folder comes first', () => {
  const env = { PATH: '/usr/local/bin:/usr/bin' };
  assert.equal(
    findChromium(env, only('/usr/local/bin/google-chrome', '/usr/bin/chromium')),
    '/usr/bin/chromium',
  );
  assert.equal(
    findChromium(env, only('/usr/local/bin/google-chrome-stable')),
    '/usr/local/bin/google-chrome-stable',
  );
});

test('a KUULLUKSI_CHROMIUM that cannot run is named, not passed over for another browser', () => {
  assert.throws(
    () => findChromium({ KUULLUKSI_CHROMIUM: '/typo/chromium', PATH: '/usr/bin' }, only('/usr/bin/chromium')),
    /KUULLUKSI_CHROMIUM names \/typo\/chromium, which is not a program that can be run/,
  );
});

test('with none found, the error says what to install or set', () => {
  assert.throws(
    () => findChromium({ PATH: '/usr/bin' }, only()),
    /looked for chromium, chromium-browser, google-chrome, google-chrome-stable on PATH\)\. Install it \(on Debian or Ubuntu: apt-get install chromium\), or set KUULLUKSI_CHROMIUM/,
  );
});
