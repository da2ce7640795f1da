import { spawn, spawnSync } from 'node:child_process';
import { after } from 'node:test';
import { cliPath, nodeBinary } from './project.ts';

export type CliResult = { status: number | null; stdout: string; stderr: string };

/** Runs `kuulluksi ...args` as a real child process, as a person at a terminal would. */
export function runCli(args: readonly string[]): CliResult {
  const { status, stdout, stderr } = spawnSync(nodeBinary, [cliPath, ...args], {
    encoding: 'utf8',
    // Only against a hang: a busy machine can take a minute to start Node and derive a key.
    timeout: 600_000,
  });
  return { status, stdout, stderr };
}

/**
 * Starts `kuulluksi ...args` as a child process and leaves it running: for a command that waits
 * (for staff to approve, say) while the test does what a person would meanwhile. `until` resolves
 * once its output matches, with the match; `exited` with the whole run.
 */
export function startCli(args: readonly string[]) {
  const child = spawn(nodeBinary, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiting: { pattern: RegExp; resolve(match: RegExpExecArray): void }[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
    for (const wait of [...waiting]) {
      const match = wait.pattern.exec(stdout);
      if (match) {
        waiting.splice(waiting.indexOf(wait), 1);
        wait.resolve(match);
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<CliResult>((resolve) =>
    child.once('close', (status) => resolve({ status, stdout, stderr })),
  );
  after(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return {
    exited,
    until(pattern: RegExp): Promise<RegExpExecArray> {
      const match = pattern.exec(stdout);
      if (match) return Promise.resolve(match);
      return new Promise((resolve, reject) => {
        waiting.push({ pattern, resolve });
        void exited.then((run) =>
          reject(
            new Error(
              `kuulluksi ${args.join(' ')} ended (${run.status}) without ${pattern}: ${run.stdout}${run.stderr}`,
            ),
          ),
        );
      });
    },
  };
}
