/**
 * A real `kuulluksi serve` for the tooling around the app: the tests and the benchmarks start one
 * on a free port and call its HTTP API as the renderer does.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The kuulluksi command from source, run by the Node that runs this, so the host matches it. */
export const cliPath = fileURLToPath(new URL('../electron/cli.ts', import.meta.url));

export type RunningHost = { url: string; child: ChildProcess; stop(signal?: NodeJS.Signals): Promise<void> };

/** Starts `kuulluksi serve` on a free port and resolves with the address it printed. */
export function serve(
  role: 'kiosk' | 'staff',
  dataDir: string,
  moreArgs: readonly string[] = [],
): Promise<RunningHost> {
  const child = spawn(
    process.execPath,
    [cliPath, 'serve', '--role', role, '--data', dataDir, '--port', '0', ...moreArgs],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0];
      if (url) resolve({ url, child, stop });
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`kuulluksi serve exited (${code}) before printing its address: ${errors}`)),
    );
  });
}

/** Calls a contract method over the host's HTTP API. */
export async function callHost(
  url: string,
  method: string,
  input: unknown = {},
): Promise<{ status: number; body: any }> {
  const response = await fetch(new URL(`api/${method}`, url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return { status: response.status, body: await response.json() };
}
