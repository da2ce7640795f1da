import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';
import { runCli } from '../helpers/cli.ts';
import { closedPort } from '../helpers/closed-port.ts';
import { storeContents } from '../helpers/stored-state.ts';
import { tempDir } from '../helpers/temp-dir.ts';

test('kiosk pair takes exactly one of --staff and --lan, a HOST:PORT, and a whole code; a wrong one exits 2', () => {
  const data = tempDir();
  const cases: [string[], RegExp][] = [
    [
      ['--lan', '127.0.0.1:4781', '--staff', 'key.json'],
      /give exactly one of --staff FILE and --lan HOST:PORT/,
    ],
    [[], /give exactly one of --staff FILE and --lan HOST:PORT/],
    [['--lan', 'office-pc'], /--lan expected the staff PC as HOST:PORT.*not "office-pc"/],
    [['--lan', '127.0.0.1:99999'], /--lan the port must be from 1 to 65535/],
    [['--lan', '127.0.0.1:4781', '--receiver-code', 'ABCDE-FGHIJ'], /--receiver-code must be a whole code/],
    [['--lan', '127.0.0.1:4781', '--wait-seconds', 'soon'], /--wait-seconds must be a whole number/],
    [['--staff', 'key.json', '--wait-seconds', '5'], /--receiver-code and --wait-seconds go with --lan/],
  ];
  for (const [flags, reason] of cases) {
    const result = runCli(['kiosk', 'pair', '--data', data, ...flags]);
    assert.equal(result.status, 2, flags.join(' '));
    assert.match(result.stderr, reason, flags.join(' '));
  }
  assert.equal(existsSync(join(data, 'kiosk.sqlite3')), false, 'nothing was set up');
});

test('kiosk pair --lan where nothing listens says so, exits 1, and stores no staff PC', async () => {
  const data = tempDir();
  const port = await closedPort();
  const result = runCli(['kiosk', 'pair', '--data', data, '--lan', `127.0.0.1:${port}`]);
  assert.equal(result.status, 1);
  assert.match(result.stderr, /could not be reached: nothing listens at that address.*ECONNREFUSED/);
  assert.doesNotMatch(storeContents(join(data, 'kiosk.sqlite3')), /"lan_receiver",\[\[/);
});

test('kiosk push on a kiosk not paired over the LAN sends nothing and exits 1, saying how to pair', () => {
  const data = tempDir();
  assert.equal(runCli(['kiosk', 'push', '--data', data]).status, 1, 'push needs an existing kiosk');
  openKiosk({ dataDir: data, log: silentLog }).close();
  const result = runCli(['kiosk', 'push', '--data', data]);
  assert.equal(result.status, 1);
  assert.match(
    result.stderr,
    /not paired with a staff PC over the LAN: run "kuulluksi kiosk pair --data DIR --lan HOST:PORT" first/,
  );
});
