/**
 * A voice of the test's own for Chromium's read-aloud: a PulseAudio with one null sink, and a
 * speech-dispatcher speaking with espeak-ng into it, each on a socket in a temp folder, so nothing
 * of the machine's own sound or speech is touched. The sink discards the sound at the pace it
 * would be heard, so reading takes as long as it would aloud and can be stopped halfway.
 * On Debian: apt-get install speech-dispatcher speech-dispatcher-espeak-ng pulseaudio (.ci/run does).
 */
import type { LaunchOptions } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export const installed = (program: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, program)));

/** The voice's services; `silenceVoice` stops speech-dispatcher alone, as when it crashes. */
export type SpeechServices = { address: string; silenceVoice(): Promise<void>; stop(): Promise<void> };

/**
 * Chromium started as the Electron shell starts it on Linux (`--enable-speech-dispatcher`),
 * finding its voices through the test's speech-dispatcher.
 */
export function withVoices(launchOptions: LaunchOptions, speech: SpeechServices): LaunchOptions {
  return {
    ...launchOptions,
    args: [...(launchOptions.args ?? []), '--enable-speech-dispatcher'],
    env: { ...process.env, SPEECHD_ADDRESS: speech.address },
  };
}

/**
 * Starts the services. `missingLanguage` (an espeak-ng language code such as `sv`) makes a
 * machine without that language's voice: espeak-ng reads its data from a copy that lacks it,
 * as a system with voices for some languages only.
 */
export async function startSpeechServices({
  missingLanguage,
}: { missingLanguage?: string } = {}): Promise<SpeechServices> {
  for (const program of ['speech-dispatcher', 'pulseaudio']) {
    if (!installed(program)) {
      throw new Error(
        `${program} is not installed; read-aloud needs speech-dispatcher, speech-dispatcher-espeak-ng and pulseaudio (see .ci/run)`,
      );
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'kuulluksi-speech-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    HOME: dir,
    XDG_RUNTIME_DIR: dir,
    XDG_CONFIG_HOME: dir,
    XDG_CACHE_HOME: dir,
    ...(missingLanguage && { ESPEAK_DATA_PATH: espeakDataWithout(missingLanguage, join(dir, 'espeak')) }),
  };
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

/** Where Debian and Ubuntu keep espeak-ng's data (its folder name is fixed: espeak-ng-data). */
function espeakData(): string {
  const candidates = [
    ...readdirSync('/usr/lib').map((name) => join('/usr/lib', name, 'espeak-ng-data')),
    '/usr/share/espeak-ng-data',
  ];
  const found = candidates.find((candidate) => existsSync(join(candidate, 'lang')));
  if (!found) throw new Error('espeak-ng-data not found (apt-get install speech-dispatcher-espeak-ng)');
  return found;
}

/**
 * A copy of espeak-ng's data, made of links to the real files, without one language: espeak-ng
 * lists a language for each file under `lang/<family>/`, so that file is left out. Returns the
 * folder to give as ESPEAK_DATA_PATH (espeak-ng looks for `espeak-ng-data` inside it).
 */
function espeakDataWithout(language: string, into: string): string {
  const source = espeakData();
  const target = join(into, 'espeak-ng-data');
  mkdirSync(join(target, 'lang'), { recursive: true });
  for (const entry of readdirSync(source)) {
    if (entry !== 'lang') symlinkSync(join(source, entry), join(target, entry));
  }
  let left = false;
  for (const family of readdirSync(join(source, 'lang'))) {
    const languages = join(source, 'lang', family);
    const holds = existsSync(join(languages, language));
    if (!holds) {
      symlinkSync(languages, join(target, 'lang', family));
      continue;
    }
    mkdirSync(join(target, 'lang', family));
    for (const each of readdirSync(languages)) {
      if (each === language) left = true;
      else symlinkSync(join(languages, each), join(target, 'lang', family, each));
    }
  }
  if (!left) throw new Error(`espeak-ng has no language ${language} to leave out`);
  return into;
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
