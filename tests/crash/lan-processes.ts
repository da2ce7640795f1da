/**
 * The two sides of a LAN transfer as real processes, for the LAN soak: `kuulluksi staff receive`
 * on 127.0.0.1 and a kiosk (lan-kiosk-process.ts), each one that can be SIGKILLed at any moment.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cliPath, nodeBinary } from '../helpers/project.ts';

export type Run = { status: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

export type Started = {
  child: ChildProcess;
  exited: Promise<Run>;
  /** How much it has printed so far: where `until` should start looking for what comes next. */
  printed(): number;
  /**
   * Resolves with the first match of `pattern` in the output from `from` on; rejects if the
   * process ends first.
   */
  until(pattern: RegExp, from?: number): Promise<RegExpExecArray>;
  /** One line to its stdin. */
  send(line: string): void;
  kill(): Promise<Run>;
};

/** Starts `kuulluksi ...args`, its output collected, ended by SIGKILL as a power cut would end it. */
export const startKuulluksi = (args: readonly string[]) => startNode([cliPath, ...args]);

/** The kiosk of the LAN soak, taking `answer N` and `push` on stdin; resolves once it is open. */
export async function startKioskProcess(dataDir: string) {
  const kiosk = startNode([fileURLToPath(new URL('lan-kiosk-process.ts', import.meta.url)), dataDir]);
  await kiosk.until(/^ready$/m);
  return kiosk;
}

function startNode(args: readonly string[]): Started {
  const child = spawn(nodeBinary, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  // A write to a kiosk killed meanwhile fails; its exit is what the harness watches.
  child.stdin!.on('error', () => {});
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<Run>((resolve) =>
    child.once('close', (status, signal) => resolve({ status, signal, stdout, stderr })),
  );
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    child,
    exited,
    printed: () => stdout.length,
    send(line) {
      if (!ended) child.stdin!.write(line + '\n');
    },
    until(pattern, from = 0) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const match = pattern.exec(stdout.slice(from));
          if (match) {
            child.stdout!.off('data', check);
            resolve(match);
          }
        };
        child.stdout!.on('data', check);
        check();
        void exited.then(() =>
          reject(new Error(`${args.join(' ')} ended without ${pattern}: ${stdout}${stderr}`)),
        );
      });
    },
    async kill() {
      if (!ended) child.kill('SIGKILL');
      return exited;
    },
  };
}

/** `kuulluksi staff receive` importing as batches arrive; resolves once it listens, with its port. */
export async function startStaffReceiver(dataDir: string, passphraseFile: string, port = 0) {
  const receiver = startKuulluksi([
    'staff',
    'receive',
    '--data',
    dataDir,
    '--listen',
    `127.0.0.1:${port}`,
    '--passphrase-file',
    passphraseFile,
  ]);
  const [, listening] = await receiver.until(/^Listening on 127\.0\.0\.1:(\d+)/m);
  return { ...receiver, port: Number(listening) };
}

export type StaffReceiver = Awaited<ReturnType<typeof startStaffReceiver>>;

/** `kiosk pair --lan`, with staff approving the code it prints from their command line meanwhile. */
export async function pairKioskOverLan(
  kioskDir: string,
  staffDir: string,
  passphraseFile: string,
  address: string,
) {
  const pairing = startKuulluksi([
    'kiosk',
    'pair',
    '--data',
    kioskDir,
    '--lan',
    address,
    '--wait-seconds',
    '600',
  ]);
  const [, kioskCode] = await pairing.until(/this kiosk's code: +(\S+)/);
  await pairing.until(/Waiting up to 600 seconds/);
  const approve = startKuulluksi([
    'staff',
    'approve',
    '--data',
    staffDir,
    '--kiosk',
    kioskCode!,
    '--passphrase-file',
    passphraseFile,
  ]);
  const approved = await approve.exited;
  if (approved.status !== 0) throw new Error(`staff approve: ${approved.stderr}`);
  const paired = await pairing.exited;
  if (paired.status !== 0) throw new Error(`kiosk pair: ${paired.stderr}`);
}
