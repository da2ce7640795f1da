import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { receiptFileName } from '../../electron/core/receipt/format.ts';
import { pairingCode } from '../../shared/pairing-code.ts';
import { generateStaffIdentity } from '../../electron/core/staff/keys/staff-identity.ts';
import { staffDatabaseFile } from '../../electron/core/staff/open-staff.ts';
import { runCli } from '../helpers/cli.ts';
import { writePlainKeyStaffFolder } from '../helpers/plain-staff-keys.ts';
import { cliPath, nodeBinary } from '../helpers/project.ts';
import { staffPassphraseFiles } from '../helpers/staff-cli.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { runInTerminal } from '../helpers/terminal.ts';

const kuulluksi = (...args: string[]) => [nodeBinary, cliPath, ...args];
const lastLine = (text: string) => text.trim().split('\n').at(-1)!;

const openKioskModule = JSON.stringify(
  new URL('../../electron/core/kiosk/open-kiosk.ts', import.meta.url).href,
);

/**
 * A kiosk paired with the staff key file. Each call of the function it returns answers `values`
 * at the kiosk and exports into `usb`, returning the batch files it wrote.
 */
function pairedKiosk(staffKeyFile: string): (usb: string, values: number[]) => string[] {
  const kioskDir = tempDir();
  assert.equal(runCli(['kiosk', 'pair', '--data', kioskDir, '--staff', staffKeyFile]).status, 0);
  return (usb, values) => {
    const before = new Set(readdirSync(usb));
    execFileSync(nodeBinary, [
      '--input-type=module',
      '-e',
      `
      import { openKiosk } from ${openKioskModule};
      const kiosk = openKiosk({ dataDir: ${JSON.stringify(kioskDir)}, clock: () => new Date(2026, 10, 17, 14, 5) });
      for (const value of ${JSON.stringify(values)}) kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 2, value });
      kiosk.close();`,
    ]);
    const exported = runCli(['kiosk', 'export', '--data', kioskDir, '--to', usb]);
    assert.equal(exported.status, 0, exported.stderr);
    return readdirSync(usb)
      .filter((name) => name.endsWith('.age') && !before.has(name))
      .map((name) => join(usb, name));
  };
}

describe('staff keys on the command line: sealed, backed up, restored', () => {
  const dir = tempDir();
  const passphrases = staffPassphraseFiles(dir);
  const staffDir = join(dir, 'staff');
  const keyFile = join(dir, 'staff-key.json');
  const backup = join(dir, 'staff-key-backup.age');
  const usb = tempDir();
  let batches: string[];

  before(() => {
    const init = runCli(['staff', 'init', '--data', staffDir, '--out', keyFile, ...passphrases.init(backup)]);
    assert.equal(init.status, 0, init.stderr);
    assert.match(init.stdout, new RegExp(`Key backup: ${backup} \\(opened again and checked\\)`));
    batches = pairedKiosk(keyFile)(usb, [5, 5, 5, 5, 5, 4]);
  });

  test('staff init insists on a backup, and on a passphrase that is not a command-line value', () => {
    const noBackup = runCli([
      'staff',
      'init',
      '--data',
      join(dir, 'other'),
      '--out',
      join(dir, 'k.json'),
      ...passphrases.unlock,
    ]);
    assert.equal(noBackup.status, 2);
    assert.match(lastLine(noBackup.stderr), /--backup is required/);
    const noPassphrase = runCli([
      'staff',
      'init',
      '--data',
      join(dir, 'other'),
      '--out',
      join(dir, 'k.json'),
      '--backup',
      join(dir, 'b.age'),
    ]);
    assert.equal(noPassphrase.status, 1);
    assert.match(lastLine(noPassphrase.stderr), /no terminal to type it on: give --passphrase-file FILE/);
    const asValue = runCli([
      'staff',
      'init',
      '--data',
      join(dir, 'other'),
      '--out',
      join(dir, 'k.json'),
      '--backup',
      join(dir, 'b.age'),
      '--passphrase',
      'hunter2hunter2',
    ]);
    assert.equal(asValue.status, 2);
    assert.match(lastLine(asValue.stderr), /Unknown option '--passphrase'/);
    assert.equal(existsSync(join(dir, 'other')), false, 'a refused init leaves no data folder behind');
    assert.equal(statSync(backup).mode & 0o777, 0o600);
  });

  test('every command that opens the keys needs the passphrase; a wrong one changes nothing and writes nothing', () => {
    const wrong = join(dir, 'wrong.txt');
    execFileSync('sh', ['-c', `printf 'not the passphrase' > ${wrong}`]);
    const before = readFileSync(join(staffDir, staffDatabaseFile));
    for (const args of [
      ['import', usb],
      ['export-identity', '--out', join(dir, 'id.txt')],
      ['backup', '--out', join(dir, 'b2.age'), '--backup-passphrase-file', passphrases.backupPassphraseFile],
    ]) {
      const result = runCli([
        'staff',
        args[0]!,
        '--data',
        staffDir,
        '--passphrase-file',
        wrong,
        ...args.slice(1),
      ]);
      assert.equal(result.status, 1, args[0]);
      assert.match(
        lastLine(result.stderr),
        /^kuulluksi: Wrong passphrase for the staff keys .*nothing was changed\.$/,
        args[0],
      );
    }
    assert.ok(readFileSync(join(staffDir, staffDatabaseFile)).equals(before));
    assert.equal(existsSync(join(dir, 'id.txt')) || existsSync(join(dir, 'b2.age')), false);
  });

  test('the passphrase typed at a terminal is not echoed', async () => {
    const identity = join(dir, 'typed-identity.txt');
    const typed = await runInTerminal(
      kuulluksi('staff', 'export-identity', '--data', staffDir, '--out', identity),
      [{ after: /Passphrase for the staff keys: $/, type: 'staff passphrase for tests' }],
    );
    assert.equal(typed.status, 0, typed.output);
    assert.equal(typed.output.includes('staff passphrase for tests'), false, typed.output);
    assert.match(readFileSync(identity, 'utf8'), /^AGE-SECRET-KEY-1/m);
  });

  test('at a terminal, staff init asks for each new passphrase twice, and two that differ change nothing', async () => {
    const fresh = join(tempDir(), 'typed');
    const init = (answers: string[]) =>
      runInTerminal(
        kuulluksi(
          'staff',
          'init',
          '--data',
          fresh,
          '--out',
          join(fresh + '-key.json'),
          '--backup',
          join(fresh + '-backup.age'),
        ),
        answers.map((type, i) => ({
          after: i % 2 === 0 ? /Choose a passphrase for [^\n]*: $/ : /Type it again: $/,
          type,
        })),
      );
    const differ = await init(['first passphrase here', 'another one entirely']);
    assert.equal(differ.status, 1);
    assert.match(differ.output, /The two passphrases typed differ; nothing was changed/);
    assert.equal(existsSync(fresh), false);
    const made = await init([
      'staff passphrase typed',
      'staff passphrase typed',
      'backup passphrase typed',
      'backup passphrase typed',
    ]);
    assert.equal(made.status, 0, made.output);
    assert.match(
      made.output,
      /Choose a passphrase for the staff keys .*Choose a passphrase for the key backup/s,
    );
    assert.equal(/passphrase typed/.test(made.output), false, 'nothing typed was echoed');
  });

  test('export-identity still serves the age tool: it decrypts a batch with the exported identity', () => {
    const identity = join(dir, 'identity.txt');
    assert.equal(
      runCli(['staff', 'export-identity', '--data', staffDir, '--out', identity, ...passphrases.unlock])
        .status,
      0,
    );
    const { body } = JSON.parse(
      execFileSync('age', ['-d', '-i', identity, batches[0]!], { encoding: 'utf8' }),
    );
    assert.equal(body.responses.length, 6);
  });

  test('the backup is a standard age file: the age tool opens it with its passphrase, and decrypts a batch with it', async () => {
    const opened = join(dir, 'backup-opened.txt');
    const byAge = await runInTerminal(
      ['age', '-d', '-o', opened, backup],
      [{ after: /passphrase/i, type: 'backup passphrase for tests' }],
    );
    assert.equal(byAge.status, 0, byAge.output);
    assert.match(readFileSync(opened, 'utf8'), /^# kuulluksi-staff-keys: 1$/m);
    const plaintext = join(dir, 'batch-by-backup.json');
    const direct = await runInTerminal(
      ['age', '-d', '-i', backup, '-o', plaintext, batches[0]!],
      [{ after: /passphrase/i, type: 'backup passphrase for tests' }],
    );
    assert.equal(direct.status, 0, direct.output);
    assert.equal(JSON.parse(readFileSync(plaintext, 'utf8')).body.responses.length, 6);
  });

  test('staff backup writes another backup under its own passphrase, never over an existing file', () => {
    const second = join(dir, 'second-backup.age');
    const args = [
      'staff',
      'backup',
      '--data',
      staffDir,
      ...passphrases.unlock,
      '--backup-passphrase-file',
      passphrases.backupPassphraseFile,
    ];
    assert.equal(runCli([...args, '--out', second]).status, 0);
    const again = runCli([...args, '--out', second]);
    assert.equal(again.status, 1);
    assert.match(lastLine(again.stderr), /already exists; it is never overwritten/);
  });

  test('after losing the staff PC, the backup restored into a new folder imports every batch sent to the old keys', () => {
    const newDir = join(tempDir(), 'new-staff');
    const restoreArgs = [
      '--from',
      backup,
      '--backup-passphrase-file',
      passphrases.backupPassphraseFile,
      ...passphrases.unlock,
    ];
    const restored = runCli(['staff', 'restore', '--data', newDir, ...restoreArgs]);
    assert.equal(restored.status, 0, restored.stderr);
    assert.match(
      restored.stdout,
      new RegExp(`Staff key code: ${JSON.parse(readFileSync(keyFile, 'utf8')).fingerprint}`),
    );
    const imported = runCli(['staff', 'import', '--data', newDir, ...passphrases.unlock, usb]);
    assert.equal(imported.status, 0, imported.stderr);
    assert.deepEqual(
      JSON.parse(imported.stdout).held.map((batch: { responses: number }) => batch.responses),
      [6],
    );

    const again = runCli(['staff', 'restore', '--data', newDir, ...restoreArgs]);
    assert.equal(again.status, 1);
    assert.match(lastLine(again.stderr), /already has keys; they are kept, not replaced/);
    const wrong = runCli([
      'staff',
      'restore',
      '--data',
      join(tempDir(), 'x'),
      '--from',
      backup,
      '--backup-passphrase-file',
      passphrases.passphraseFile,
      ...passphrases.unlock,
    ]);
    assert.equal(wrong.status, 1);
    assert.match(lastLine(wrong.stderr), new RegExp(`Wrong passphrase for the backup ${backup}`));
  });
});

describe('kiosks staff have not approved, on the command line', () => {
  const dir = tempDir();
  const passphrases = staffPassphraseFiles(dir);
  const staffDir = join(dir, 'staff');
  const keyFile = join(dir, 'staff-key.json');
  const usb = tempDir();

  before(() =>
    assert.equal(
      runCli(['staff', 'init', '--data', staffDir, '--out', keyFile, ...passphrases.init()]).status,
      0,
    ),
  );

  test('an unknown kiosk’s batches are held and named; staff list, approve, and then they count', () => {
    assert.equal(pairedKiosk(keyFile)(usb, [4, 4, 4, 4, 4]).length, 1);
    const imported = runCli(['staff', 'import', '--data', staffDir, ...passphrases.unlock, usb]);
    assert.equal(imported.status, 0, imported.stderr);
    const kioskId: string = JSON.parse(imported.stdout).held[0].kioskId;
    assert.match(
      imported.stderr,
      new RegExp(`^Held 1 batch\\(es\\) from kiosk\\(s\\) not approved yet: ${kioskId}\\.`, 'm'),
    );
    assert.match(
      imported.stderr,
      new RegExp(`kuulluksi staff approve --data ${staffDir} --kiosk CODE$`, 'm'),
    );
    assert.deepEqual(JSON.parse(runCli(['staff', 'report', '--data', staffDir]).stdout).questions, []);
    const [listed, ...others] = JSON.parse(runCli(['staff', 'kiosks', '--data', staffDir]).stdout);
    assert.deepEqual(others, []);
    assert.deepEqual(
      { ...listed, firstSeenDay: 'today', lastContact: { ...listed.lastContact, at: 'today' } },
      {
        kioskId,
        pairingCode: pairingCode(kioskId),
        approved: false,
        firstSeenDay: 'today',
        batches: 1,
        heldBatches: 1,
        heldAnswers: 5,
        lastContact: { route: 'stick', at: 'today' },
        lan: null,
      },
    );
    assert.match(listed.firstSeenDay, /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(listed.lastContact.at, listed.firstSeenDay, 'the stick brought it today');

    const unknown = runCli(['staff', 'approve', '--data', staffDir, '--kiosk', 'MZUH-VLPY-MK6X-O3EP']);
    assert.equal(unknown.status, 1);
    assert.match(lastLine(unknown.stderr), /No kiosk MZUH-VLPY-MK6X-O3EP has sent batches/);
    const malformed = runCli(['staff', 'approve', '--data', staffDir, '--kiosk', 'lobby']);
    assert.equal(malformed.status, 2);
    assert.match(lastLine(malformed.stderr), /--kiosk must be a kiosk code like/);

    const approved = runCli([
      ...['staff', 'approve', '--data', staffDir, '--kiosk', kioskId.toLowerCase()],
      ...passphrases.unlock,
    ]);
    assert.equal(approved.status, 0, approved.stderr);
    assert.match(approved.stdout, /its 1 held batch\(es\) with 5 answers now count in reports/);
    assert.match(
      approved.stdout,
      new RegExp(`^Wrote 1 receipt\\(s\\) into ${usb}: at its next export there`, 'm'),
      'the receipt goes back where the held batch came from',
    );
    assert.ok(existsSync(join(usb, receiptFileName(kioskId))));
    const again = runCli(['staff', 'approve', '--data', staffDir, '--kiosk', kioskId]);
    assert.equal(again.status, 0, 'a second approval needs no passphrase: it changes nothing');
    assert.equal(again.stdout, `Kiosk ${kioskId} was already approved; nothing changed.\n`);
    assert.equal(JSON.parse(runCli(['staff', 'report', '--data', staffDir]).stdout).questions[0].total, 5);
  });

  test('a missing batch is named on stderr with its kiosk and number', () => {
    const stick = tempDir();
    const answerAndExport = pairedKiosk(keyFile);
    const written = [1, 2, 3].flatMap((value) => answerAndExport(stick, [value]));
    const result = runCli([
      'staff',
      'import',
      '--data',
      staffDir,
      ...passphrases.unlock,
      written[0]!,
      written[2]!,
    ]);
    assert.equal(result.status, 0, result.stderr);
    const kioskId = JSON.parse(result.stdout).held[0].kioskId;
    assert.match(result.stderr, new RegExp(`^kiosk ${kioskId}: batch 2 missing$`, 'm'));
  });
});

describe('a staff data folder from before keys were sealed', () => {
  test('is refused with the one command that fixes it, which seals the keys with a new passphrase', async () => {
    const dir = tempDir();
    const passphrases = staffPassphraseFiles(dir);
    const staffDir = join(dir, 'staff');
    const identity = await generateStaffIdentity();
    writePlainKeyStaffFolder(staffDir, identity);

    const refused = runCli(['staff', 'import', '--data', staffDir, ...passphrases.unlock, tempDir()]);
    assert.equal(refused.status, 1);
    assert.match(
      lastLine(refused.stderr),
      /stored unprotected by an older Kuulluksi.*run "kuulluksi staff protect-keys"/,
    );
    const protect = runCli(['staff', 'protect-keys', '--data', staffDir, ...passphrases.unlock]);
    assert.equal(protect.status, 0, protect.stderr);
    assert.match(protect.stdout, /Make a backup now/);
    assert.equal(readFileSync(join(staffDir, staffDatabaseFile)).includes(identity.ageIdentity), false);
    const exported = join(dir, 'identity.txt');
    assert.equal(
      runCli(['staff', 'export-identity', '--data', staffDir, '--out', exported, ...passphrases.unlock])
        .status,
      0,
    );
    assert.match(readFileSync(exported, 'utf8'), new RegExp(identity.ageIdentity));
  });
});
