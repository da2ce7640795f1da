import { spawn } from 'node:child_process';

export type TerminalAnswer = { after: RegExp; type: string };

const shellQuote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

/**
 * Runs a command in a real pseudo-terminal (util-linux `script`), as a person at a keyboard
 * would: each answer is typed only once its prompt has appeared, so what the terminal echoes
 * back is what the program let it echo. Resolves with the exit status and everything shown.
 */
export function runInTerminal(
  command: readonly string[],
  answers: readonly TerminalAnswer[],
  timeoutMs = 60_000,
  { cwd, env = process.env }: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ status: number | null; output: string }> {
  // `script` runs the command through $SHELL; `exec` and a plain sh leave no shell between the
  // terminal and the program, so Ctrl+C reaches the program alone, whatever shell CI has.
  const child = spawn('script', ['-qec', `exec ${command.map(shellQuote).join(' ')}`, '/dev/null'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    cwd,
    env: { ...env, SHELL: '/bin/sh' },
  });
  let output = '';
  let answered = 0;
  let answeredAt = 0;
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
    const next = answers[answered];
    if (next && next.after.test(output.slice(answeredAt))) {
      answered += 1;
      answeredAt = output.length;
      child.stdin.write(next.type + '\r');
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((resolve) => {
    child.once('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}
