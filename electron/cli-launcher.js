#!/usr/bin/env node
/**
 * The `kuulluksi` command as npm installs it (package.json "bin"), for whatever `node` the shell
 * finds. electron/cli.ts needs Node 22.18 or later in the 22 line (it runs TypeScript as is, and
 * the SQLite binding needs 22), so an older node hands it to the Node 22 that `npm install`
 * brought into this checkout. Plain JavaScript, so that any node can read this file.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
const checkout = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
const node22 = fileURLToPath(
  new URL(`../node_modules/node/bin/node${process.platform === 'win32' ? '.exe' : ''}`, import.meta.url),
);
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);

if (major === 22 && minor >= 18) {
  await import(cli);
} else if (existsSync(node22)) {
  const child = spawn(node22, [cli, ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl+C reaches the whole foreground group, the command included, so it is only kept from
  // ending this launcher early (passing it on would stop the command twice). A SIGTERM, as a
  // service manager sends to one process, is passed on.
  process.on('SIGINT', () => {});
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('error', (error) => {
    process.stderr.write(`kuulluksi: could not start ${node22}: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  process.stderr.write(
    `kuulluksi: needs Node 22.18 or later in the 22 line, and this is Node ${process.versions.node}. ` +
      `Run "npm install" in ${checkout} (it brings Node 22 along), then try again.\n`,
  );
  process.exit(1);
}
