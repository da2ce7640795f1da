import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { generateStaffIdentity, staffPublicKey } from '../../electron/core/staff/keys/staff-identity.ts';
import { storeStaffIdentity } from '../../electron/core/staff/keys/sealed-key-store.ts';
import { openStaff } from '../../electron/core/staff/open-staff.ts';
import { callHost, serve } from '../../build/serve-host.ts';
import { runCli } from '../helpers/cli.ts';
import { testPassphrase, testSealing } from '../helpers/kiosk-and-staff.ts';
import { cliPath, nodeBinary } from '../helpers/project.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { runInTerminal } from '../helpers/terminal.ts';

/**
 * `kuulluksi serve --role staff`: the staff key passphrase is settled before anything is served,
 * typed at a terminal without echo or read from --passphrase-file, never a command-line value.
 */
const lastLine = (text: string) => text.trim().split('\n').at(-1)!;

function passphraseFile(passphrase: string): string {
  const file = join(tempDir(), 'passphrase.txt');
  writeFileSync(file, passphrase + '\n', { mode: 0o600 });
  return file;
}

/** A staff data folder with keys sealed with `testPassphrase` (at a test work factor: opening reads it from the file). */
async function staffFolderWithKeys() {
  const dataDir = tempDir();
  const staff = openStaff({ dataDir });
  const identity = await generateStaffIdentity();
  await storeStaffIdentity(staff.db, identity, testPassphrase, testSealing);
  staff.close();
  return { dataDir, keyCode: staffPublicKey(identity).fingerprint };
}

test('with keys in the folder, a wrong passphrase stops serve with a clear reason before it serves anything', async () => {
  const { dataDir, keyCode } = await staffFolderWithKeys();
  const wrong = runCli([
    'serve',
    '--role',
    'staff',
    '--data',
    dataDir,
    '--port',
    '0',
    '--passphrase-file',
    passphraseFile('not the staff passphrase'),
  ]);
  assert.equal(wrong.status, 1);
  assert.equal(
    lastLine(wrong.stderr),
    'kuulluksi: Wrong passphrase for the staff keys in this data folder (or the file is damaged); nothing was changed.',
  );
  assert.equal(wrong.stdout, '', 'no address printed');

  const host = await serve('staff', dataDir, ['--passphrase-file', passphraseFile(testPassphrase)]);
  try {
    const keys = await callHost(host.url, 'staff.keys');
    assert.deepEqual(keys.body.value, { state: 'unlocked', keyCode, problem: null });
  } finally {
    await host.stop();
  }
});

test('on the first run, serve takes a new passphrase, and the keys the screen creates are sealed with it', async () => {
  const dataDir = join(tempDir(), 'staff');
  const short = runCli([
    'serve',
    '--role',
    'staff',
    '--data',
    dataDir,
    '--port',
    '0',
    '--passphrase-file',
    passphraseFile('too short'),
  ]);
  assert.equal(short.status, 1);
  assert.match(lastLine(short.stderr), /A new passphrase needs at least 10 characters/);
  assert.equal(existsSync(dataDir), false, 'a refused passphrase leaves no data folder behind');

  const file = passphraseFile('the passphrase chosen at the first run');
  const first = await serve('staff', dataDir, ['--passphrase-file', file]);
  const stick = tempDir();
  let keyCode: string;
  try {
    assert.deepEqual((await callHost(first.url, 'staff.keys')).body.value, {
      state: 'none',
      keyCode: null,
      problem: null,
    });
    const created = await callHost(first.url, 'staff.createKeys', {
      backupFile: join(stick, 'backup.age'),
      backupPassphrase: 'the backup has its own',
      publicKeyFile: join(stick, 'staff-key.json'),
    });
    assert.equal(created.status, 200, JSON.stringify(created.body));
    keyCode = created.body.value.keyCode;
  } finally {
    await first.stop();
  }

  const again = await serve('staff', dataDir, ['--passphrase-file', file]);
  try {
    assert.deepEqual((await callHost(again.url, 'staff.keys')).body.value, {
      state: 'unlocked',
      keyCode,
      problem: null,
    });
  } finally {
    await again.stop();
  }
});

test('at a terminal, a new passphrase is typed twice and an existing one once, never echoed', async () => {
  const dataDir = join(tempDir(), 'staff');
  const serveHere = [nodeBinary, cliPath, 'serve', '--role', 'staff', '--data', dataDir, '--port', '0'];
  const typed = 'typed at the first run';
  const firstRun = await runInTerminal(serveHere, [
    { after: /Choose a passphrase for the new staff keys \(at least 10 characters\): $/, type: typed },
    { after: /Type it again: $/, type: typed },
    // Ctrl+C, once the address is printed: the terminal sends SIGINT and serve stops cleanly.
    { after: /Kuulluksi staff is open at http:\/\/127\.0\.0\.1:\d+\//, type: '\u0003' },
  ]);
  assert.equal(firstRun.status, 0, firstRun.output);
  assert.equal(firstRun.output.includes(typed), false, 'nothing typed was echoed');

  const { dataDir: withKeys } = await staffFolderWithKeys();
  const wrong = await runInTerminal(
    [nodeBinary, cliPath, 'serve', '--role', 'staff', '--data', withKeys, '--port', '0'],
    [{ after: /Passphrase for the staff keys: $/, type: 'a wrong one, typed' }],
  );
  assert.equal(wrong.status, 1);
  assert.match(wrong.output, /Wrong passphrase for the staff keys/);
  assert.doesNotMatch(wrong.output, /is open at/);
});

test('--passphrase-file belongs to the staff tool; --usb-root shows the staff tool its sticks', async () => {
  const kiosk = runCli([
    'serve',
    '--role',
    'kiosk',
    '--data',
    tempDir(),
    '--passphrase-file',
    passphraseFile(testPassphrase),
  ]);
  assert.equal(kiosk.status, 2);
  assert.match(lastLine(kiosk.stderr), /--passphrase-file is for --role staff only/);

  const { dataDir } = await staffFolderWithKeys();
  const sticks = tempDir();
  mkdirSync(join(sticks, 'STAFF', 'Kuulluksi'), { recursive: true });
  // Given relative to where serve runs, as a person would type it: the screen gets full paths.
  const host = await serve('staff', dataDir, [
    '--passphrase-file',
    passphraseFile(testPassphrase),
    '--usb-root',
    relative(process.cwd(), sticks),
  ]);
  try {
    const listed = (await callHost(host.url, 'staff.sticks')).body.value.sticks;
    assert.deepEqual(
      listed.map((stick: any) => [stick.label, stick.importFolder]),
      [['STAFF', join(sticks, 'STAFF', 'Kuulluksi')]],
    );
  } finally {
    await host.stop();
  }
});
