import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { after } from 'node:test';
import type { ListenAddress } from '../../electron/core/staff/lan/listen-address.ts';
import { staffDatabaseFile } from '../../electron/core/staff/open-staff.ts';
import { cliPath, nodeBinary } from './project.ts';

/**
 * `kuulluksi staff receive` as a real child process on 127.0.0.1 (a free port, or `port` to come
 * back where a kiosk knows it), resolved once it says where it listens. `exited` resolves with its
 * exit code, or the signal that ended it.
 */
export function startReceive(dataDir: string, moreArgs: readonly string[] = [], port = 0) {
  return startReceiving([
    'staff',
    'receive',
    '--data',
    dataDir,
    '--listen',
    `127.0.0.1:${port}`,
    ...moreArgs,
  ]);
}

/** Any `kuulluksi` command that receives over the network, resolved once it says where. */
export function startReceiving(args: readonly string[]) {
  const child = spawn(nodeBinary, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | NodeJS.Signals>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal!)),
  );
  after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const listening = new Promise<ListenAddress>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const port = /^(?:Listening|Receiving batches from kiosks) on 127\.0\.0\.1:(\d+)/m.exec(stdout)?.[1];
      if (port) resolve({ host: '127.0.0.1', port: Number(port) });
    });
    void exited.then((end) =>
      reject(new Error(`${args.join(' ')} ended (${end}) before listening: ${stderr}`)),
    );
  });
  return { child, listening, exited, output: () => ({ stdout, stderr }) };
}

/** Polls a condition on the staff database (read-only, beside the process that writes it) until it holds. */
export async function untilStored<T>(
  dataDir: string,
  read: (db: Database.Database) => T,
  holds: (value: T) => boolean,
) {
  for (;;) {
    const db = new Database(join(dataDir, staffDatabaseFile), { readonly: true });
    let value: T;
    try {
      value = read(db);
    } finally {
      db.close();
    }
    if (holds(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
