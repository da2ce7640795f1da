import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { newcomerEnv } from '../helpers/newcomer-shell.ts';
import { projectRoot } from '../helpers/project.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/**
 * electron/cli-launcher.js, the `kuulluksi` npm puts on PATH: run by whatever node a shell finds,
 * it runs the command with the checkout's Node 22 when that node is older.
 */
const launcher = join(projectRoot, 'electron', 'cli-launcher.js');
const env = newcomerEnv();
const machineNode = spawnSync('node', ['-p', 'process.versions.node + " " + process.execPath'], {
  env,
  encoding: 'utf8',
}).stdout.trim();
const [machineVersion = '', machineNodePath = ''] = machineNode.split(' ');
const [major = 0, minor = 0] = machineVersion.split('.').map(Number);
const olderNode =
  machineNodePath !== '' && (major < 22 || (major === 22 && minor < 18))
    ? false
    : `needs a node older than 22.18 on PATH besides the checkout's (this machine has ${machineVersion || 'none'})`;

/** The launcher run by `node` answers --help and a wrong command as the command itself does. */
function assertRunsTheCommand(node: string) {
  const help = spawnSync(node, [launcher, 'staff', 'approve', '--help'], { env, encoding: 'utf8' });
  assert.equal(help.status, 0, help.stderr);
  assert.match(help.stdout, /^Usage: kuulluksi staff approve /);
  const wrong = spawnSync(node, [launcher, 'kiosk', 'dance'], { env, encoding: 'utf8' });
  assert.equal(wrong.status, 2);
  assert.match(wrong.stderr, /kuulluksi: unknown command "kiosk dance"/);
}

test('under the checkout’s Node 22 the command runs as it is, exit codes and all', () => {
  assertRunsTheCommand(process.execPath);
});

test(
  'an older node hands the command to the checkout’s Node 22, exit codes and all',
  { skip: olderNode },
  () => {
    // Node 20 cannot load electron/cli.ts at all: a usage text proves Node 22 ran it.
    assertRunsTheCommand(machineNodePath);
  },
);

test(
  'an older node in a checkout without its Node 22 is told what to run, in one line',
  { skip: olderNode },
  () => {
    const checkout = tempDir('kuulluksi-bare-checkout-');
    mkdirSync(join(checkout, 'electron'));
    copyFileSync(launcher, join(checkout, 'electron', 'cli-launcher.js'));
    const result = spawnSync(machineNodePath, [join(checkout, 'electron', 'cli-launcher.js'), '--help'], {
      env,
      encoding: 'utf8',
    });
    assert.equal(result.status, 1);
    assert.equal(
      result.stderr,
      `kuulluksi: needs Node 22.18 or later in the 22 line, and this is Node ${machineVersion}. Run "npm install" in ${checkout} (it brings Node 22 along), then try again.\n`,
    );
  },
);

test(
  'a SIGTERM sent to the launcher alone stops the served kiosk it started',
  { skip: olderNode },
  async () => {
    const child = spawn(
      machineNodePath,
      [launcher, 'serve', '--role', 'kiosk', '--data', join(tempDir(), 'kiosk'), '--port', '0'],
      { env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.once('exit', (code, signal) => resolve([code, signal])),
    );
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
        if (found) resolve(found);
      });
      void exited.then(() => reject(new Error(`serve stopped before serving: ${output}`)));
    });
    child.kill('SIGTERM');
    assert.deepEqual(await exited, [0, null], 'the kiosk closed as for Ctrl+C, and the launcher with it');
    await assert.rejects(fetch(url), 'nothing answers at the address any more');
  },
);
