import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { before, describe, test } from 'node:test';
import { callHost, serve } from '../../build/serve-host.ts';
import { runCli } from '../helpers/cli.ts';
import { mountSmallDisk } from '../helpers/small-disk.ts';
import { staffPassphraseFiles } from '../helpers/staff-cli.ts';
import { folderFiles } from '../helpers/stored-state.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';

const disk = mountSmallDisk(1024);
const needsRoot = disk ? false : 'mounting a small tmpfs needs root (CI runs as root)';

const allowedBatchFields = [
  'kioskId',
  'kioskKey',
  'seq',
  'prevHash',
  'recipients',
  'questions',
  'responses',
  'notices',
  'format',
  'version',
  'timeGranularity',
  'centre',
];
const allowedResponseFields = [
  'id',
  'questionId',
  'questionVersion',
  'value',
  'day',
  'dayPart',
  'hour',
  'comment',
  'followUp',
  'repeat',
  'language',
];

describe('kiosk to staff through the kuulluksi command and the age tool', () => {
  const staffDir = tempDir();
  const kioskDir = tempDir();
  const usb = tempDir();
  const keys = tempDir();
  const staffKeyFile = join(keys, 'staff-key.json');
  const identityFile = join(keys, 'staff-identity.txt');
  const passphrases = staffPassphraseFiles(keys);
  let batchFile: string;

  before(async () => {
    assert.equal(
      runCli(['staff', 'init', '--data', staffDir, '--out', staffKeyFile, ...passphrases.init()]).status,
      0,
    );
    assert.equal(runCli(['kiosk', 'pair', '--data', kioskDir, '--staff', staffKeyFile]).status, 0);
    const host = await serve('kiosk', kioskDir);
    for (const value of [5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 1, 2]) {
      const { body } = await callHost(host.url, 'kiosk.submitResponse', {
        questionId: 'visit-today',
        questionVersion: 1,
        value,
      });
      assert.equal(body.ok, true);
    }
    await host.stop();
    const exported = runCli(['kiosk', 'export', '--data', kioskDir, '--to', usb]);
    assert.equal(exported.status, 0, exported.stderr);
    batchFile = join(
      usb,
      readdirSync(usb).find((name) => name.endsWith('.age'))!,
    );
    assert.equal(
      runCli(['staff', 'export-identity', '--data', staffDir, '--out', identityFile, ...passphrases.unlock])
        .status,
      0,
    );
  });

  test('the pairing shows the staff key code that staff init wrote', () => {
    const { fingerprint } = JSON.parse(readFileSync(staffKeyFile, 'utf8'));
    const again = runCli(['kiosk', 'pair', '--data', kioskDir, '--staff', staffKeyFile]);
    assert.match(again.stdout, new RegExp(`Paired with staff key ${fingerprint}\\.`));
  });

  test('the standard age tool decrypts a batch into JSON with only the allowed fields and no clock time', () => {
    assert.equal(statSync(identityFile).mode & 0o777, 0o600);
    const plaintext = execFileSync('age', ['-d', '-i', identityFile, batchFile], { encoding: 'utf8' });
    const { body, signature } = JSON.parse(plaintext);
    assert.equal(typeof signature, 'string');
    assert.deepEqual(Object.keys(body).sort(), [...allowedBatchFields].sort());
    assert.equal(body.responses.length, 12);
    assert.equal(body.timeGranularity, 'day-part', 'the batch says how finely its kiosk keeps time');
    assert.equal(body.centre, null, 'no centre was named');
    for (const response of body.responses) {
      assert.deepEqual(Object.keys(response).sort(), [...allowedResponseFields].sort());
      assert.match(response.day, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(['morning', 'afternoon', 'evening'].includes(response.dayPart));
      assert.equal(response.hour, null, 'the hour is kept only where the centre chose it');
      assert.equal(response.language, null, 'a caller that does not say the language gets none invented');
    }
    assert.doesNotMatch(plaintext, /\d{1,2}:\d{2}/, 'no clock time anywhere in the batch');
  });

  test('importing the batch twice counts it once, from when staff approve the kiosk', () => {
    const first = runCli(['staff', 'import', '--data', staffDir, ...passphrases.unlock, usb]);
    assert.equal(first.status, 0, first.stderr);
    const { held } = JSON.parse(first.stdout);
    assert.equal(held[0].responses, 12, 'a kiosk seen for the first time is held');
    assert.equal(
      runCli(['staff', 'approve', '--data', staffDir, '--kiosk', held[0].kioskId, ...passphrases.unlock])
        .status,
      0,
    );
    const second = runCli(['staff', 'import', '--data', staffDir, ...passphrases.unlock, batchFile]);
    assert.equal(second.status, 0);
    assert.equal(JSON.parse(second.stdout).duplicates.length, 1);
    const report = JSON.parse(runCli(['staff', 'report', '--data', staffDir]).stdout);
    assert.equal(report.questions[0].total, 12);
  });

  test('staff import leaves a receipt on the stick, and the next kiosk export deletes the answers it confirms', async () => {
    const imported = runCli(['staff', 'import', '--data', staffDir, ...passphrases.unlock, usb]);
    assert.equal(imported.status, 0, imported.stderr);
    assert.ok(imported.stderr.startsWith(`Wrote 1 receipt(s) into ${usb}: `), imported.stderr);
    assert.equal(
      JSON.parse(imported.stdout).receipts.written[0].batches,
      1,
      'stdout stays one JSON document',
    );

    const exported = runCli(['kiosk', 'export', '--data', kioskDir, '--to', usb]);
    assert.equal(exported.status, 0, exported.stderr);
    assert.match(
      exported.stdout,
      /^Receipt from staff: 1 batch\(es\) confirmed, 12 answers deleted from this kiosk\.$/m,
    );
    const kiosk = openKiosk({ dataDir: kioskDir, log: silentLog });
    try {
      assert.equal(kiosk.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM responses').get()!.n, 0);
    } finally {
      kiosk.close();
    }
  });

  test(
    'on a read-only stick staff import still succeeds and prints one line saying why no receipt was written',
    { skip: needsRoot },
    () => {
      copyFileSync(batchFile, join(disk!.dir, basename(batchFile)));
      disk!.remount('ro');
      try {
        const result = runCli(['staff', 'import', '--data', staffDir, ...passphrases.unlock, disk!.dir]);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(JSON.parse(result.stdout).duplicates.length, 1);
        assert.deepEqual(result.stderr.trim().split('\n'), [
          `Receipts could not be written into ${disk!.dir}: the drive is read-only. The import itself succeeded; kiosks keep those answers until a receipt reaches them or their retention period ends.`,
        ]);
      } finally {
        disk!.remount('rw');
      }
    },
  );

  test('a batch re-encrypted by the age tool is still recognised as the same signed batch', () => {
    const { ageRecipient } = JSON.parse(readFileSync(staffKeyFile, 'utf8'));
    const plaintext = execFileSync('age', ['-d', '-i', identityFile, batchFile]);
    const reEncrypted = join(tempDir(), 'by-age.age');
    execFileSync('age', ['-e', '-r', ageRecipient, '-o', reEncrypted], { input: plaintext });
    const result = JSON.parse(
      runCli(['staff', 'import', '--data', staffDir, ...passphrases.unlock, reEncrypted]).stdout,
    );
    assert.equal(result.rejected.length, 0);
    assert.equal(result.imported.length + result.duplicates.length, 1);
  });

  test('a copy with one byte flipped is rejected as damaged, with a reason, exit 1, and changes no count', () => {
    const before = runCli(['staff', 'report', '--data', staffDir, '--format', 'csv']).stdout;
    const bytes = readFileSync(batchFile);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x40;
    const flipped = join(tempDir(), 'flipped.age');
    writeFileSync(flipped, bytes);
    const result = runCli(['staff', 'import', '--data', staffDir, ...passphrases.unlock, flipped]);
    assert.equal(result.status, 1);
    const [rejected] = JSON.parse(result.stdout).rejected;
    assert.equal(rejected.file, flipped);
    assert.equal(rejected.problem, 'damaged');
    assert.match(
      rejected.reason,
      /^it is damaged or incomplete \(age: .+\): copy it again from the kiosk's stick$/,
    );
    assert.equal(
      result.stderr
        .trim()
        .split('\n')
        .filter((line) => line.startsWith('kuulluksi: ')).length,
      1,
    );
    assert.equal(runCli(['staff', 'report', '--data', staffDir, '--format', 'csv']).stdout, before);
  });

  test('a batch the age tool made for another staff key is rejected as for another key, exit 1', () => {
    const someoneElse = join(tempDir(), 'someone-else.txt');
    execFileSync('age-keygen', ['-o', someoneElse], { stdio: 'ignore' });
    const theirs = join(tempDir(), 'for-another-key.age');
    execFileSync('age', ['-e', '-i', someoneElse, '-o', theirs], {
      input: execFileSync('age', ['-d', '-i', identityFile, batchFile]),
    });
    const result = runCli(['staff', 'import', '--data', staffDir, ...passphrases.unlock, theirs]);
    assert.equal(result.status, 1);
    assert.deepEqual(JSON.parse(result.stdout).rejected, [
      {
        file: theirs,
        problem: 'other-staff-key',
        reason:
          'none of its recipients is this staff key: it was made for another staff key, or it is damaged at its very start',
      },
    ]);
  });

  test('the CSV report has a row per value and hides counts under five', () => {
    const csv = runCli(['staff', 'report', '--data', staffDir, '--format', 'csv']).stdout;
    const [header, ...rows] = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    const columns = header!.split(';');
    const at = (row: string, column: string) => row.split(';')[columns.indexOf(column)];
    const wholePeriod = rows.filter(
      (row) => at(row, 'question_id') === 'visit-today' && at(row, 'series') === 'period',
    );
    assert.deepEqual(
      wholePeriod.map((row) => [at(row, 'value_label'), at(row, 'count'), at(row, 'count_note')]),
      [
        ['Erittäin huono', '', 'alle 5'],
        ['Huono', '', 'alle 5'],
        ['Ei hyvä eikä huono', '0', ''],
        ['Hyvä', '5', ''],
        ['Erittäin hyvä', '5', ''],
        ['Yhteensä', '12', ''],
      ],
    );
  });

  test('staff init refuses to replace existing keys and leaves the key file as it was', () => {
    const before = readFileSync(staffKeyFile, 'utf8');
    const result = runCli([
      'staff',
      'init',
      '--data',
      staffDir,
      '--out',
      join(keys, 'other.json'),
      ...passphrases.init(join(keys, 'other-backup.age')),
    ]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /^kuulluksi: .*already has keys/);
    assert.equal(readFileSync(staffKeyFile, 'utf8'), before);
  });
});

describe('the kuulluksi command line', () => {
  const commands = [
    'serve',
    'kiosk pair',
    'kiosk push',
    'kiosk export',
    'kiosk status',
    'kiosk config',
    'staff init',
    'staff export-identity',
    'staff import',
    'staff report',
    'staff backup',
    'staff restore',
    'staff protect-keys',
    'staff kiosks',
    'staff approve',
    'staff receive',
  ];

  test('every command answers --help with its usage and exit code 0', () => {
    for (const command of commands) {
      const result = runCli([...command.split(' '), '--help']);
      assert.equal(result.status, 0, command);
      assert.match(result.stdout, new RegExp(`^Usage: kuulluksi ${command} `), command);
    }
    assert.equal(runCli(['--help']).status, 0);
  });

  test('a wrong command line exits 2 with one line naming what was wrong', () => {
    const cases: [string[], RegExp][] = [
      [['kiosk', 'export', '--bogus'], /Unknown option '--bogus'/],
      [['serve', '--role', 'boss', '--data', '/tmp/x'], /--role must be kiosk or staff/],
      [
        ['serve', '--role', 'kiosk', '--data', '/tmp/x', '--port', '70000'],
        /--port must be a whole number from 0 to 65535, not "70000"/,
      ],
      [['staff', 'report', '--data', '/tmp/x', '--format', 'xml'], /--format must be json, csv or pdf/],
      [['staff', 'import', '--data', '/tmp/x'], /name at least one batch file/],
      [['kiosk', 'pair', '--staff', 'f.json'], /--data is required/],
      [['kiosk', 'dance'], /unknown command "kiosk dance"/],
    ];
    for (const [args, reason] of cases) {
      const result = runCli(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr.trim().split('\n').at(-1)!, reason, args.join(' '));
    }
  });

  test('each kind of wrong flag gets our own one-line message naming the flag, and changes nothing', () => {
    const data = join(tempDir(), 'kiosk');
    assert.equal(runCli(['kiosk', 'config', '--data', data, '--retention-days', '14']).status, 0);
    const before = folderFiles(data);
    const other = join(tempDir(), 'other');
    const cases: [string[], string][] = [
      [
        ['kiosk', 'config', '--data', data, '--retention-days', '-5'],
        '--retention-days must be a whole number from 1 to 365, not "-5"',
      ],
      [
        ['kiosk', 'config', '--data', data, '--idle-seconds=9999'],
        '--idle-seconds must be a whole number from 15 to 600, not "9999"',
      ],
      [
        ['kiosk', 'config', '--data', data, '--time-granularity', 'minute'],
        '--time-granularity must be day-part or hour, not "minute"',
      ],
      [
        ['kiosk', 'config', '--data', data, '--time-granularity', '--retention-days', '20'],
        '--time-granularity needs a value: --time-granularity day-part|hour',
      ],
      [['kiosk', 'config', '--data', data, '--data', other], '--data is given twice; give it once'],
      [
        ['kiosk', 'config', '--data', data, '--retention-days', '20', '--retention-days', '30'],
        '--retention-days is given twice; give it once',
      ],
      [
        ['staff', 'report', '--data', data, '--without-repeats=yes'],
        '--without-repeats takes no value; write just --without-repeats',
      ],
      [['kiosk', 'config', '--data', data, '--retention', '20'], "Unknown option '--retention'"],
      [['kiosk', 'config', '--data', data, '-r', '20'], "Unknown option '-r'"],
      [
        ['kiosk', 'status', '--data', data, 'extra'],
        'unexpected argument "extra": this command takes only options',
      ],
      [['serve', '--data', data], '--role is required: kiosk or staff'],
    ];
    for (const [args, message] of cases) {
      const result = runCli(args);
      assert.equal(result.status, 2, args.join(' '));
      assert.equal(
        result.stderr,
        `kuulluksi: ${message} (see kuulluksi ${args.slice(0, args[0] === 'serve' ? 1 : 2).join(' ')} --help)\n`,
        args.join(' '),
      );
    }
    assert.deepEqual(folderFiles(data), before, 'the kiosk is as it was');
    assert.throws(() => statSync(other), 'the second --data was not created either');
  });

  test('kiosk config changes settings, and a bad value exits 2 naming the flag and changes nothing', () => {
    const data = join(tempDir(), 'kiosk');
    const set = runCli([
      'kiosk',
      'config',
      '--data',
      data,
      '--time-granularity',
      'hour',
      '--retention-days',
      '14',
    ]);
    assert.equal(set.status, 0, set.stderr);
    for (const [flag, value, reason] of [
      ['--retention-days', '0', /--retention-days must be a whole number from 1 to 365, not "0"/],
      ['--retention-days', '2 weeks', /--retention-days must be a whole number from 1 to 365/],
      ['--time-granularity', 'minute', /--time-granularity must be day-part or hour, not "minute"/],
    ] as const) {
      const bad = runCli(['kiosk', 'config', '--data', data, flag, value]);
      assert.equal(bad.status, 2, `${flag} ${value}`);
      assert.match(bad.stderr, reason);
    }
    const shown = JSON.parse(runCli(['kiosk', 'config', '--data', data]).stdout).settings;
    assert.deepEqual(
      {
        timeGranularity: shown.timeGranularity,
        retentionDays: shown.retentionDays,
        exportIntervalDays: shown.exportIntervalDays,
      },
      { timeGranularity: 'hour', retentionDays: 14, exportIntervalDays: 7 },
    );
    assert.equal(JSON.parse(runCli(['kiosk', 'status', '--data', data]).stdout).pendingAnswers, 0);
  });

  test('commands that read data refuse a folder without it instead of creating one', () => {
    const empty = join(tempDir(), 'typo');
    const result = runCli(['staff', 'report', '--data', empty]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /holds no Kuulluksi data yet/);
    assert.throws(() => statSync(empty));
  });

  test('pairing with a file that is not a staff key fails with the reason and pairs nothing', () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        format: 'kuulluksi-staff-key',
        version: 1,
        ageRecipient: 'age1nope',
        signingKey: 'x',
        fingerprint: 'y',
      }),
    );
    const result = runCli(['kiosk', 'pair', '--data', join(dir, 'kiosk'), '--staff', bad]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /not a valid staff key file: ageRecipient: expected an age X25519 recipient/);
    assert.throws(() => statSync(join(dir, 'kiosk')), 'no kiosk data is created for a bad key file');
  });

  test(
    'a file a person names that is a device, a pipe, a folder or too large is refused by name, at once, and nothing is stored',
    { skip: process.platform === 'linux' ? false : 'needs Linux (/dev/zero, mkfifo)' },
    () => {
      const dir = tempDir();
      const kiosk = join(dir, 'kiosk');
      assert.equal(runCli(['kiosk', 'config', '--data', kiosk, '--retention-days', '14']).status, 0);
      const kioskBefore = folderFiles(kiosk);
      const fifo = join(dir, 'staff-key.json');
      execFileSync('mkfifo', [fifo]);
      const huge = join(dir, 'huge.json');
      writeFileSync(huge, ' '.repeat(64 * 1024 + 1));
      const lastLine = (stderr: string) =>
        stderr
          .trim()
          .split('\n')
          .at(-1)!
          .replace(/^kuulluksi: /, '');

      for (const [file, reason] of [
        ['/dev/zero', 'Cannot read the staff key file /dev/zero: it is a device, not a regular file.'],
        [fifo, `Cannot read the staff key file ${fifo}: it is a pipe (FIFO), not a regular file.`],
        [dir, `Cannot read the staff key file ${dir}: it is a folder, not a file.`],
        [huge, `The staff key file ${huge} is too large: the limit is 65536 bytes. Is it the right file?`],
      ]) {
        const paired = runCli(['kiosk', 'pair', '--data', kiosk, '--staff', file!]);
        assert.equal(paired.status, 1, file);
        assert.equal(lastLine(paired.stderr), reason, file);
      }
      assert.deepEqual(folderFiles(kiosk), kioskBefore, 'the kiosk is as it was');

      const staff = join(dir, 'staff');
      const restored = runCli(['staff', 'restore', '--data', staff, '--from', '/dev/zero']);
      assert.equal(restored.status, 1);
      assert.equal(
        lastLine(restored.stderr),
        'Cannot read the backup /dev/zero: it is a device, not a regular file.',
      );
      const hugeBackup = runCli(['staff', 'restore', '--data', staff, '--from', huge]);
      assert.equal(
        lastLine(hugeBackup.stderr),
        `The backup ${huge} is too large: the limit is 65536 bytes. Is it the right file?`,
      );
      const out = join(dir, 'staff-key-out.json');
      const backup = join(dir, 'backup.age');
      const initialised = runCli([
        ...['staff', 'init', '--data', staff, '--out', out, '--backup', backup],
        ...['--passphrase-file', '/dev/zero', '--backup-passphrase-file', huge],
      ]);
      assert.equal(initialised.status, 1);
      assert.equal(
        lastLine(initialised.stderr),
        'Cannot read the passphrase file /dev/zero (--passphrase-file): it is a device, not a regular file.',
      );
      for (const made of [staff, out, backup]) assert.throws(() => statSync(made), made);
    },
  );
});
