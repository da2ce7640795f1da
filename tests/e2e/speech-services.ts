/**
 * A real voice for read-aloud in the tests. Chromium finds voices only through speech-dispatcher
 * (and only with --enable-speech-dispatcher); here it talks to a speech-dispatcher of the test's
 * own, which speaks with espeak-ng into a PulseAudio sink that discards the sound at the pace it
 * would be heard. On Debian: apt-get install speech-dispatcher speech-dispatcher-espeak-ng
 * pulseaudio (.ci/run does).
 */
import type { LaunchOptions } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const installed = (program: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, program)));

/** The voice's services; `silenceVoice` stops speech-dispatcher alone, as when it crashes. */
export type SpeechServices = { address: string; silenceVoice(): Promise<void>; stop(): Promise<void> };

/** Launch options for a Chromium that finds its voices through these services. */
export function withVoice(launchOptions: LaunchOptions, speech: SpeechServices): LaunchOptions {
  return {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--enable-speech-dispatcher'],
    env: { ...process.env, SPEECHD_ADDRESS: speech.address },
  };
}

/**
 * A PulseAudio with one null sink, and a speech-dispatcher using espeak-ng that plays into it,
 * each on a socket in a temp folder, so nothing of the machine's own sound or speech is touched.
 */
export async function startSpeechServices(): Promise<SpeechServices> {
  for (const program of ['speech-dispatcher', 'pulseaudio']) {
    if (!installed(program)) {
      throw new Error(
        `${program} is not installed; read-aloud needs speech-dispatcher, speech-dispatcher-espeak-ng and pulseaudio (see .ci/run)`,
      );
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'kuulluksi-speech-'));
  const env = { ...process.env, HOME: dir, XDG_RUNTIME_DIR: dir, XDG_CONFIG_HOME: dir, XDG_CACHE_HOME: dir };
  const children: ChildProcess[] = [];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const pulseSocket = join(dir, 'pulse.sock');
    children.push(
      spawn(
        'pulseaudio',
        [
          '-n',
          '--daemonize=no',
          '--exit-idle-time=-1',
          '--use-pid-file=no',
          '--log-target=stderr',
          '-L',
          `module-native-protocol-unix socket=${pulseSocket} auth-anonymous=1`,
          '-L',
          'module-null-sink sink_name=silent',
        ],
        { env, stdio: ['ignore', 'ignore', 'pipe'] },
      ),
    );
    await socketOf(children[0]!, pulseSocket, 'pulseaudio');
    writeFileSync(
      join(dir, 'speechd.conf'),
      [
        'AudioOutputMethod "pulse"',
        'AddModule "espeak-ng" "sd_espeak-ng" ""',
        'DefaultModule espeak-ng',
        '',
      ].join('\n'),
    );
    const speechSocket = join(dir, 'speechd.sock');
    children.push(
      spawn(
        'speech-dispatcher',
        [
          '--run-single',
          '--config-dir',
          dir,
          '--socket-path',
          speechSocket,
          '--timeout',
          '0',
          '--log-dir',
          dir,
          '--log-level',
          '3',
        ],
        { env: { ...env, PULSE_SERVER: `unix:${pulseSocket}` }, stdio: ['ignore', 'ignore', 'pipe'] },
      ),
    );
    await socketOf(children[1]!, speechSocket, 'speech-dispatcher', join(dir, 'speech-dispatcher.log'));
    return { address: `unix_socket:${speechSocket}`, silenceVoice: () => stopChild(children[1]!), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Resolves once the daemon's socket exists; rejects with what it said if it exits or takes too long. */
function socketOf(child: ChildProcess, socket: string, name: string, logFile?: string): Promise<void> {
  let said = '';
  child.stderr?.on('data', (chunk: Buffer) => (said = (said + chunk.toString()).slice(-2000)));
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const settle = (why?: string) => {
      clearInterval(poll);
      child.off('exit', exited).off('error', failed);
      if (why === undefined) return resolve();
      const log = logFile && existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-2000) : '';
      reject(new Error(`${name} ${why}: ${said}${log}`));
    };
    const exited = (code: number | null) => settle(`exited (${code}) before opening its socket`);
    const failed = (error: Error) => settle(`could not start (${error.message})`);
    const poll = setInterval(() => {
      if (existsSync(socket)) settle();
      else if (Date.now() - started > 10_000) settle('did not open its socket within 10 s');
    }, 50);
    child.once('exit', exited).once('error', failed);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  return exited;
}
