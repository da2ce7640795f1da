import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { callHost } from '../../build/serve-host.ts';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';
import { newcomerEnv } from '../helpers/newcomer-shell.ts';
import { projectRoot } from '../helpers/project.ts';
import { runInTerminal, type TerminalAnswer } from '../helpers/terminal.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/**
 * README's "From kiosk to report, by hand" block, run line by line as written, as a newcomer
 * would: from a folder outside the checkout, with the command `npm link` put in place (into an
 * npm prefix of the test's own, never the machine's), by a shell whose PATH has the system's
 * node and npm rather than the checkout's. What a person does by hand has a faithful stand-in:
 * the passphrases are typed at the real prompts in a pseudo-terminal, pin.txt is written as
 * with an editor, and the faces are tapped through the served kiosk's own HTTP contract, then
 * Ctrl+C is sent to it as a terminal sends it. CODE is taken from what the import printed.
 */

const section = readFileSync(join(projectRoot, 'README.md'), 'utf8')
  .split(/^## /m)
  .find((part) => part.startsWith('From kiosk to report, by hand'));
const block = section && /```sh\n([\s\S]*?)```/.exec(section)?.[1];
/** Each command line of the block, without its comment (the shell would ignore it too). */
const commands = (block ?? '')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
  .map((line) => line.replace(/\s+#\s.*$/, ''));

const checkout = realpathSync(projectRoot);
const prefix = tempDir('kuulluksi-npm-prefix-');
const work = realpathSync(tempDir('kuulluksi-readme-'));
const env = newcomerEnv(prefix);

const staffPassphrase = 'typed at the prompt for the staff keys';
const backupPassphrase = 'typed at the prompt for the key backup';
const taps = [5, 5, 4, 4, 4, 3, 1];

type Ran = { command: string; status: number | null; output: string };

/** The person at the keyboard: what each prompt gets typed in reply. */
const typed: [RegExp, TerminalAnswer[]][] = [
  [
    /\bstaff init\b/,
    [
      { after: /Choose a passphrase for the staff keys/, type: staffPassphrase },
      { after: /Type it again/, type: staffPassphrase },
      { after: /Choose a passphrase for the key backup/, type: backupPassphrase },
      { after: /Type it again/, type: backupPassphrase },
    ],
  ],
  [/\bstaff (import|approve)\b/, [{ after: /Passphrase for the staff keys: /, type: staffPassphrase }]],
  [/^age -d\b/, [{ after: /Enter passphrase/, type: backupPassphrase }]],
];

async function runLine(command: string): Promise<Ran> {
  if (/\bserve --role kiosk\b/.test(command)) return serveAndTap(command);
  const answers = typed.find(([pattern]) => pattern.test(command))?.[1];
  if (answers)
    return { command, ...(await runInTerminal(['sh', '-c', command], answers, 600_000, { cwd: work, env })) };
  const { status, stdout, stderr } = spawnSync('sh', ['-c', command], { cwd: work, env, encoding: 'utf8' });
  return { command, status, output: stdout + stderr };
}

/**
 * The served kiosk, with faces tapped as its screen taps them. Its port is left to the system
 * (`--port 0` added), so a kiosk a developer is serving on the usual port does not collide.
 */
async function serveAndTap(command: string): Promise<Ran> {
  const child = spawn('sh', ['-c', `${command} --port 0`], {
    cwd: work,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (found) resolve(found);
    });
    void exited.then(() => reject(new Error(`${command} stopped before serving: ${output}`)));
  });
  const today = (await callHost(url, 'kiosk.today')).body;
  assert.equal(today.value?.open, true, JSON.stringify(today));
  for (const value of taps) {
    const { question } = today.value;
    const tapped = await callHost(url, 'kiosk.submitResponse', {
      questionId: question.id,
      questionVersion: question.version,
      value,
    });
    assert.equal(tapped.body.ok, true, JSON.stringify(tapped.body));
  }
  // Ctrl+C: the terminal signals its whole foreground group, npm and the command alike. The
  // shell itself may end by that signal, as at a terminal; what counts is that every process of
  // the group has ended, the kiosk included, and that none of them complained.
  process.kill(-child.pid!, 'SIGINT');
  await exited;
  await groupEnded(child.pid!);
  return { command, status: /^kuulluksi: /m.test(output) ? 1 : 0, output };
}

/** Resolves once no process of the group is left (signal 0 then finds none). */
async function groupEnded(group: number): Promise<void> {
  for (;;) {
    try {
      process.kill(-group, 0);
    } catch {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const ran: Ran[] = [];
const outputOf = (pattern: RegExp, nth = 0) => ran.filter((line) => pattern.test(line.command))[nth]!.output;

before(async () => {
  assert.ok(commands.length > 5, 'README.md has the "From kiosk to report, by hand" block');
  assert.ok(!work.startsWith(checkout), 'the walk-through runs outside the checkout');
  // README: "run `npm link` once in the checkout".
  assert.match(section!, /run `npm link` once in the checkout/);
  const linked = spawnSync('npm', ['link'], { cwd: checkout, env, encoding: 'utf8' });
  assert.equal(linked.status, 0, `npm link: ${linked.stdout}${linked.stderr}`);
  // What the person wrote with an editor before setting the PIN.
  writeFileSync(join(work, 'pin.txt'), '48213957\n');

  let code: string | undefined;
  for (const line of commands) {
    if (line.includes('CODE')) {
      assert.ok(code, `"${line}" needs the kiosk code, and no line before it printed one`);
    }
    const result = await runLine(code ? line.replaceAll('CODE', code) : line);
    ran.push(result);
    assert.equal(result.status, 0, `README line "${line}" failed:\n${result.output}`);
    code ??= /not approved yet: ([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})\./.exec(result.output)?.[1];
  }
});

test('every line of the block ran, in order, from a folder outside the checkout', () => {
  assert.deepEqual(
    ran.map((line) => line.status),
    commands.map(() => 0),
  );
});

test('the kiosk is paired with the staff key staff init made, and the import names the kiosk the kiosk itself shows', () => {
  const staffKeyCode = /Staff key code: (\S+)/.exec(outputOf(/\bstaff init\b/))?.[1];
  assert.ok(staffKeyCode);
  assert.match(outputOf(/\bkiosk pair\b/), new RegExp(`Paired with staff key ${staffKeyCode}\\.`));
  const status = JSON.parse(outputOf(/\bkiosk status\b/));
  assert.equal(status.pendingAnswers, taps.length, 'the tapped faces wait for export');
  assert.match(outputOf(/\bstaff import\b/), new RegExp(`not approved yet: ${status.kioskId}\\.`));
});

test('approving the kiosk writes its receipt into stick/, and the next export deletes what staff hold', () => {
  assert.match(
    outputOf(/\bkiosk export\b/, 0),
    new RegExp(`^Wrote 1 batch file\\(s\\), ${taps.length} answers`, 'm'),
  );
  assert.match(
    outputOf(/\bstaff approve\b/),
    new RegExp(`^Wrote 1 receipt\\(s\\) into ${join(work, 'stick')}: `, 'm'),
  );
  assert.match(
    outputOf(/\bkiosk export\b/, 1),
    new RegExp(
      `^Receipt from staff: 1 batch\\(es\\) confirmed, ${taps.length} answers deleted from this kiosk\\.$`,
      'm',
    ),
  );
  const kiosk = openKiosk({ dataDir: join(work, 'kiosk-data'), log: silentLog });
  try {
    const stored = kiosk.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM responses').get()!.n;
    assert.equal(stored, 0, 'no answer is left on the kiosk');
  } finally {
    kiosk.close();
  }
});

test('the report counts every tapped face, and the age tool opens a batch with the key backup alone', () => {
  assert.match(outputOf(/\bstaff report\b/), new RegExp(`;Yhteensä;${taps.length};\\r?$`, 'm'));
  const decrypted = outputOf(/^age -d\b/);
  const json = JSON.parse(decrypted.slice(decrypted.indexOf('{"body"')).trim());
  assert.equal(json.body.responses.length, taps.length);
});
