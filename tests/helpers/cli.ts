import { spawnSync } from 'node:child_process';
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
