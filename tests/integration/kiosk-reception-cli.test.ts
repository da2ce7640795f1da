import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';
import { callHost, serve } from '../../build/serve-host.ts';
import { runCli } from '../helpers/cli.ts';
import { pinFile } from '../helpers/pin-file.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const everyDay =
  'mon=08:00-16:00,tue=08:00-16:00,wed=08:00-16:00,thu=08:00-16:00,fri=08:00-14:00,sat=closed,sun=closed';

/** Everything IT can change on a kiosk, straight from its database. */
function kioskState(dataDir: string) {
  const kiosk = openKiosk({ dataDir, log: silentLog });
  try {
    const rows = (table: string) => kiosk.db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all();
    return {
      settings: rows('settings'),
      schedule: rows('schedule'),
      log: rows('change_log'),
      pin: rows('admin_access'),
      bank: rows('question_bank'),
    };
  } finally {
    kiosk.close();
  }
}

describe('kiosk config for reception’s settings', () => {
  const data = join(tempDir(), 'kiosk');

  test('every new setting has its flag; the changes are logged, never the PIN', () => {
    const result = runCli([
      ...['kiosk', 'config', '--data', data],
      ...[
        '--kiosk-name',
        'Aula',
        '--centre',
        'Päiväkeskus Majakka',
        '--centre-contact',
        'Kysy ohjaajalta, huone 2',
      ],
      ...['--languages', 'fi,selko,sv', '--opening-hours', everyDay, '--question', 'felt-heard'],
      ...['--crisis-hours-sv', 'vardagar 9–15', '--crisis-hours-en', 'Mon–Fri 9–15'],
      ...['--set-pin-file', pinFile('482135\n')],
    ]);
    assert.equal(result.status, 0, result.stderr);
    const { settings, schedule, today } = JSON.parse(result.stdout);
    assert.equal(settings.kioskName, 'Aula');
    assert.equal(settings.centreName, 'Päiväkeskus Majakka');
    assert.equal(settings.centreContact, 'Kysy ohjaajalta, huone 2');
    assert.deepEqual(settings.languages, ['fi', 'selko', 'sv']);
    assert.deepEqual(settings.openingHours.fri, { opens: '08:00', closes: '14:00' });
    assert.equal(settings.openingHours.sun, null);
    assert.equal(settings.crisisLines.sv.hours, 'vardagar 9–15');
    assert.equal(
      settings.crisisLines.fi.hours,
      'joka päivä, ympäri vuorokauden',
      'a line not named keeps its hours',
    );
    assert.equal(schedule.defaultQuestionId, 'felt-heard');
    assert.deepEqual(today, { questionId: 'felt-heard', because: 'picked' });
    assert.ok(!(result.stdout + result.stderr).includes('482135'));

    const { log } = kioskState(data);
    const subjects = (log as { subject: string; detail: string }[]).map((entry) => entry.subject).sort();
    assert.deepEqual(
      subjects,
      [
        'centreContact',
        'centreName',
        'crisisLines',
        'kioskName',
        'languages',
        'openingHours',
        'pin',
        'schedule',
      ].sort(),
    );
    assert.ok(!JSON.stringify(log).includes('482135'));
  });

  test('with no flags it prints the settings, the schedule and today’s question, and no PIN', () => {
    const result = runCli(['kiosk', 'config', '--data', data]);
    assert.equal(result.status, 0, result.stderr);
    const shown = JSON.parse(result.stdout);
    assert.deepEqual(Object.keys(shown), ['settings', 'schedule', 'today']);
    assert.equal(shown.today.questionId, 'felt-heard');
    assert.doesNotMatch(result.stdout, /pin/i);
  });

  test('an empty value clears a setting that may be empty, and is refused for one that may not', () => {
    const cleared = runCli(['kiosk', 'config', '--data', data, '--centre', '', '--crisis-hours-sv', '']);
    assert.equal(cleared.status, 0, cleared.stderr);
    const { settings } = JSON.parse(cleared.stdout);
    assert.equal(settings.centreName, null);
    assert.equal(settings.crisisLines.sv.hours, null);
    const refused = runCli(['kiosk', 'config', '--data', data, '--kiosk-name', '']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /--kiosk-name must not be empty/);
  });

  test('a bad value exits non-zero naming its flag, and changes nothing at all', () => {
    const cases: [string[], RegExp][] = [
      [['--set-pin-file', pinFile('48a1')], /--set-pin-file: .* must hold the PIN's 6 to 8 digits/],
      [
        ['--languages', 'fi,de'],
        /--languages: "de" is not a language the kiosk speaks; choose from fi, sv, en, selko/,
      ],
      [['--languages', 'fi,fi'], /--languages: name each language once/],
      [['--languages', ''], /--languages: "" is not a language/],
      [
        ['--opening-hours', 'mon=08:00-16:00'],
        /--opening-hours: name every weekday \(tue, wed, thu, fri, sat, sun missing\)/,
      ],
      [
        ['--opening-hours', everyDay.replace('tue=08:00-16:00', 'tue=16:00-08:00')],
        /--opening-hours: tue: closing time must be after opening time/,
      ],
      [
        ['--opening-hours', everyDay.replace('tue=08:00-16:00', 'tue=8-16')],
        /--opening-hours: "tue=8-16" is not day=HH:MM-HH:MM or day=closed/,
      ],
      [
        ['--opening-hours', everyDay.replace('sun=closed', 'mon=closed')],
        /--opening-hours: mon is given twice/,
      ],
      [['--opening-hours', everyDay.replace('wed=', 'ons=')], /--opening-hours: "ons" is not a weekday/],
      [
        ['--opening-hours', everyDay.replace('thu=08:00-16:00', 'thu=08:00-24:00')],
        /--opening-hours: .*from 00:00 to 23:59/,
      ],
      [['--question', 'Felt Heard'], /--question must be a question id/],
      [
        ['--question', 'no-such-question'],
        /--question: There is no question "no-such-question" in the question bank/,
      ],
      [['--kiosk-name', 'x'.repeat(61)], /--kiosk-name must be at most 60 characters/],
      [['--crisis-hours-fi', 'x'.repeat(121)], /--crisis-hours-fi must be at most 120 characters/],
      // A good flag beside a bad one is not applied either.
      [['--kiosk-name', 'Eteinen', '--question', 'no-such-question'], /--question: /],
      [['--centre', 'Majakka', '--languages', 'xx'], /--languages: /],
    ];
    const before = kioskState(data);
    for (const [flags, reason] of cases) {
      const result = runCli(['kiosk', 'config', '--data', data, ...flags]);
      assert.notEqual(result.status, 0, flags.join(' '));
      assert.match(result.stderr.trim().split('\n').at(-1)!, reason, flags.join(' '));
      assert.equal(result.stdout, '', flags.join(' '));
    }
    assert.deepEqual(kioskState(data), before);
  });

  test('an archived question cannot be asked from the command line either', () => {
    const kiosk = openKiosk({ dataDir: data, log: silentLog });
    try {
      kiosk.bank.setArchived('the-rooms', true);
    } finally {
      kiosk.close();
    }
    const before = kioskState(data);
    const result = runCli(['kiosk', 'config', '--data', data, '--question', 'the-rooms']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /--question: The question "the-rooms" is archived: unarchive it first/);
    assert.deepEqual(kioskState(data), before);
  });
});

describe('kiosk questions', () => {
  test('lists the bank for IT as a table: id, version, scale, area, item code, verbatim, archived and the Finnish wording', () => {
    const data = join(tempDir(), 'kiosk');
    assert.equal(runCli(['kiosk', 'config', '--data', data, '--retention-days', '30']).status, 0);
    const result = runCli(['kiosk', 'questions', '--data', data]);
    assert.equal(result.status, 0, result.stderr);
    const [header, first, second] = result.stdout.split('\n').map((line) => line.split(/\s{2,}/));
    assert.deepEqual(header, [
      'ID',
      'VERSION',
      'SCALE',
      'AREA',
      'ITEM CODE',
      'VERBATIM',
      'ARCHIVED',
      'QUESTION (FI)',
    ]);
    assert.deepEqual(first, [
      'visit-today',
      '2',
      'smiley-5',
      '-',
      '-',
      'no',
      'no',
      'Millainen käyntisi oli tänään?',
    ]);
    assert.deepEqual(second, [
      'felt-heard',
      '1',
      'smiley-5',
      'own-life',
      '-',
      'no',
      'no',
      'Miten hyvin tulit kuulluksi tänään?',
    ]);
    assert.ok(result.stdout.split('\n').length >= 15);
  });

  test('answers --help, and refuses a folder without kiosk data instead of creating one', () => {
    assert.match(runCli(['kiosk', 'questions', '--help']).stdout, /^Usage: kuulluksi kiosk questions /);
    const result = runCli(['kiosk', 'questions', '--data', join(tempDir(), 'typo')]);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /holds no Kuulluksi data yet/);
  });
});

describe('closing the kiosk from its admin view', () => {
  test('kuulluksi serve answers the call, stops, says why and exits 0', async () => {
    const data = join(tempDir(), 'kiosk');
    assert.equal(
      runCli(['kiosk', 'config', '--data', data, '--set-pin-file', pinFile('482193\n')]).status,
      0,
    );
    const host = await serve('kiosk', data);
    let stdout = '';
    host.child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => host.child.once('exit', (code) => resolve(code)));
    const unlocked = await callHost(host.url, 'admin.unlock', { pin: '482193' });
    const closing = await callHost(host.url, 'admin.exit', { token: unlocked.body.value.token });
    assert.deepEqual(closing, { status: 200, body: { ok: true, value: {} } });
    assert.equal(await exited, 0);
    assert.match(stdout, /The kiosk was closed from its admin view\./);
  });
});
