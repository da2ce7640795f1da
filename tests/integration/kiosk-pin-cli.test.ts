import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';
import { runCli } from '../helpers/cli.ts';
import { pinFile } from '../helpers/pin-file.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const lastLine = (text: string) => text.trim().split('\n').at(-1)!;

/** What the PIN flags may touch, straight from the kiosk's database; null where no kiosk was made. */
function pinState(dataDir: string) {
  if (!existsSync(dataDir)) return null;
  const kiosk = openKiosk({ dataDir, log: silentLog });
  try {
    return {
      access: kiosk.db.prepare('SELECT * FROM admin_access').all(),
      log: kiosk.db.prepare('SELECT * FROM change_log ORDER BY id').all(),
      settings: kiosk.db.prepare('SELECT * FROM settings ORDER BY 1').all(),
    };
  } finally {
    kiosk.close();
  }
}

async function opens(dataDir: string, pin: string): Promise<boolean> {
  const kiosk = openKiosk({ dataDir, log: silentLog });
  try {
    return (await kiosk.handlers['admin.unlock']({ pin })).unlocked;
  } finally {
    kiosk.close();
  }
}

describe('kiosk config --set-pin-file', () => {
  const data = join(tempDir(), 'kiosk');

  test('sets the first PIN of a new kiosk from a file, never printing it, and logs that IT set it', async () => {
    const result = runCli(['kiosk', 'config', '--data', data, '--set-pin-file', pinFile('482193\n')]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(result.stderr, 'Reception’s PIN is set.\n');
    assert.doesNotMatch(result.stdout + result.stderr, /482193/);
    assert.equal(await opens(data, '482193'), true);
    const { log } = pinState(data)!;
    assert.deepEqual(
      (log as { subject: string; detail: string }[]).map(({ subject, detail }) => [subject, detail]),
      [['pin', 'set-by-it']],
    );
    assert.doesNotMatch(JSON.stringify(pinState(data)), /482193/);
  });

  test('each bad file, or a PIN already set, is refused with what was wrong, and nothing changes', () => {
    const folder = join(tempDir(), 'a-folder');
    mkdirSync(folder);
    const missing = join(tempDir(), 'no-such-file');
    const cases: [string[], number, RegExp][] = [
      [
        ['--set-pin-file', missing],
        1,
        /^kuulluksi: --set-pin-file: cannot read .*no-such-file: it does not exist\.$/,
      ],
      [
        ['--set-pin-file', folder],
        1,
        /--set-pin-file: cannot read .*a-folder: it is a folder, not a file\.$/,
      ],
      [
        ['--set-pin-file', pinFile('4821\n')],
        1,
        /the PIN in .* has 4 digits; a new PIN needs 6 to 8 digits\.$/,
      ],
      [
        ['--set-pin-file', pinFile('48219')],
        1,
        /the PIN in .* has 5 digits; a new PIN needs 6 to 8 digits\.$/,
      ],
      [['--set-pin-file', pinFile('482193710')], 1, /has 9 digits; a new PIN needs 6 to 8 digits\.$/],
      [['--set-pin-file', pinFile('')], 1, /must hold the PIN's 6 to 8 digits and nothing else/],
      [['--set-pin-file', pinFile('48 21 93\n')], 1, /must hold the PIN's 6 to 8 digits and nothing else/],
      [
        ['--set-pin-file', pinFile('482193\n482193\n')],
        1,
        /must hold the PIN's 6 to 8 digits and nothing else/,
      ],
      [['--set-pin-file', pinFile('PIN=482193')], 1, /must hold the PIN's 6 to 8 digits and nothing else/],
      [
        ['--set-pin-file', pinFile(Buffer.alloc(1 << 20, '4'))],
        1,
        /is too large to be a PIN: it must hold 6 to 8 digits\.$/,
      ],
      [
        ['--set-pin-file', pinFile('739104\n')],
        1,
        /--set-pin-file: this kiosk already has a PIN; add --replace-pin to replace it/,
      ],
      // A good flag beside a refused PIN is not applied either.
      [['--kiosk-name', 'Eteinen', '--set-pin-file', pinFile('739104')], 1, /already has a PIN/],
      [['--kiosk-name', 'Eteinen', '--set-pin-file', pinFile('7391')], 1, /has 4 digits/],
      [['--replace-pin'], 2, /--replace-pin needs --set-pin-file FILE, the PIN to replace it with/],
      // A PIN is never taken on the command line itself, where process lists and shell history keep it.
      [['--pin', '739104'], 2, /Unknown option '--pin'/],
    ];
    const before = pinState(data);
    for (const [flags, status, reason] of cases) {
      const result = runCli(['kiosk', 'config', '--data', data, ...flags]);
      assert.equal(result.status, status, flags.join(' '));
      assert.match(lastLine(result.stderr), reason, flags.join(' '));
      assert.equal(result.stdout, '', flags.join(' '));
      assert.doesNotMatch(result.stderr, /739104|7391\b/, 'a refused PIN is not repeated');
    }
    assert.deepEqual(pinState(data), before);
  });

  test('a bad file leaves no new data folder behind', () => {
    const typo = join(tempDir(), 'kiosk-typo');
    const result = runCli(['kiosk', 'config', '--data', typo, '--set-pin-file', pinFile('4821')]);
    assert.equal(result.status, 1);
    assert.equal(pinState(typo), null);
  });

  test('--replace-pin replaces the PIN, ends a lockout, and the old PIN no longer opens', async () => {
    const kiosk = openKiosk({ dataDir: data, log: silentLog });
    try {
      for (let i = 0; i < 5; i++) await kiosk.handlers['admin.unlock']({ pin: '1111' });
      assert.notEqual(kiosk.admin.access().lockedForSeconds, null);
    } finally {
      kiosk.close();
    }
    const result = runCli([
      ...['kiosk', 'config', '--data', data],
      ...['--set-pin-file', pinFile('739104\r\n'), '--replace-pin'],
    ]);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(
      result.stderr,
      'Reception’s PIN is replaced; any lockout has ended, and open admin views lock.\n',
    );
    assert.equal(await opens(data, '482193'), false);
    assert.equal(await opens(data, '739104'), true, 'no lockout is left, and a Windows line ending is fine');
    const { log } = pinState(data)!;
    assert.deepEqual(
      (log as { subject: string; detail: string }[]).map(({ detail }) => detail),
      ['set-by-it', 'locked-out:300', 'reset'],
    );
  });

  test('--help names the file, the 6-digit rule and the replace flag', () => {
    const help = runCli(['kiosk', 'config', '--help']).stdout;
    assert.match(help, /--set-pin-file FILE +set reception’s PIN from FILE \(6–8 digits, nothing else\)/);
    assert.match(help, /--replace-pin +with --set-pin-file: replace the PIN reception has/);
    assert.doesNotMatch(help, /--pin /);
  });
});
