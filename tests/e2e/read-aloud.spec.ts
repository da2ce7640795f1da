/**
 * Read-aloud with a real voice. Chromium finds voices only through speech-dispatcher (and only
 * with --enable-speech-dispatcher); here it talks to a speech-dispatcher of the test's own, which
 * speaks with espeak-ng into a PulseAudio sink that discards the sound at the pace it would be
 * heard, so reading takes as long as it would aloud and can be stopped halfway.
 * On Debian: apt-get install speech-dispatcher speech-dispatcher-espeak-ng pulseaudio (.ci/run does).
 */
import type { Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { firstQuestionWithFollowUps } from '../../electron/core/kiosk/migrations/006-data.ts';
import { questionSchema } from '../../shared/domain.ts';
import { pickText } from '../../shared/languages.ts';
import { valuesOf } from '../../shared/scales.ts';
import { scaleLabel, text } from '../../renderer/i18n/index.ts';
import { expect, test as kioskTest } from './kiosk-session.ts';

/** What a fresh kiosk asks: the first question as migration 6 stored it. */
const asked = questionSchema.parse(firstQuestionWithFollowUps);

const installed = (program: string) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, program)));

/** The voice's services; `silenceVoice` stops speech-dispatcher alone, as when it crashes. */
type SpeechServices = { address: string; silenceVoice(): Promise<void>; stop(): Promise<void> };

const test = kioskTest.extend<object, { speech: SpeechServices }>({
  speech: [
    async ({}, use) => {
      const speech = await startSpeechServices();
      await use(speech);
      await speech.stop();
    },
    { scope: 'worker' },
  ],
  launchOptions: [
    async ({ launchOptions, speech }, use) => {
      await use({
        ...launchOptions,
        args: [...(launchOptions.args ?? []), '--enable-speech-dispatcher'],
        env: { ...process.env, SPEECHD_ADDRESS: speech.address },
      });
    },
    { scope: 'worker' },
  ],
});

// Where speech-dispatcher is missing there is nothing to test against; CI installs it, so
// there its absence is a failure, never a skip.
test.skip(
  !installed('speech-dispatcher') && !process.env.CI,
  'speech-dispatcher is not installed (apt-get install speech-dispatcher speech-dispatcher-espeak-ng pulseaudio)',
);

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

test('read-aloud speaks the question and its answers in the chosen language, and a second tap stops it', async ({
  page,
  kiosk,
}) => {
  await page.addInitScript(recordSpeech);
  await page.goto(kiosk.host.url);
  for (const [language, tag, switchTo] of [
    ['fi', /^fi\b/i, null],
    ['sv', /^sv\b/i, 'Svenska'],
    ['en', /^en\b/i, 'English'],
  ] as const) {
    if (switchTo) await button(page, switchTo).click();
    const prompt = pickText(asked.texts, language);
    await expect(page.getByRole('heading', { name: prompt })).toBeVisible();
    // Voices arrive a moment after the page asks for them (espeak-ng lists thousands).
    await expect
      .poll(
        () =>
          page.evaluate(
            (source) => speechSynthesis.getVoices().some((voice) => new RegExp(source, 'i').test(voice.lang)),
            tag.source,
          ),
        {
          message: `speech-dispatcher offers a ${language} voice (is speech-dispatcher-espeak-ng installed?)`,
          timeout: 15_000,
        },
      )
      .toBe(true);

    const { readAloud, stopReading } = text(language);
    const heard = (await log(page)).spoken.length;
    await expect(button(page, readAloud)).toBeVisible();
    await button(page, readAloud).click();
    await expect(button(page, stopReading)).toHaveAttribute('aria-pressed', 'true');
    await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(true);
    await expect
      .poll(async () => (await log(page)).spoken[heard]?.started, { message: 'the voice starts reading' })
      .toBe(true);
    const spoken = (await log(page)).spoken.slice(heard);
    expect(spoken.map((utterance) => utterance.text)).toEqual([
      prompt,
      ...valuesOf(asked.scale).map((value) => scaleLabel(language, asked.scale, value)),
    ]);
    for (const utterance of spoken) expect(utterance.lang).toMatch(tag);

    const cancels = (await log(page)).cancels;
    await button(page, stopReading).click();
    await expect(button(page, readAloud)).toHaveAttribute('aria-pressed', 'false');
    expect((await log(page)).cancels).toBeGreaterThan(cancels);
    // Stopped at once, not left to finish: the voice falls silent and the last answer is never read.
    await expect.poll(() => page.evaluate(() => speechSynthesis.speaking), { timeout: 1_000 }).toBe(false);
    expect((await log(page)).spoken.at(-1)?.started).toBe(false);
  }
});

test('once read-aloud is on, each step after the answer reads itself as it appears, the way back among its buttons', async ({
  page,
  kiosk,
}) => {
  await page.addInitScript(recordSpeech);
  await page.goto(kiosk.host.url);
  const words = text('fi');
  await expect(button(page, words.readAloud)).toBeVisible({ timeout: 15_000 });
  await button(page, words.readAloud).click();
  await button(page, words.stopReading).click();

  const spokenSince = async (from: number) => (await log(page)).spoken.slice(from).map((said) => said.text);
  let heard = (await log(page)).spoken.length;
  const [, bad] = valuesOf(asked.scale);
  await button(page, scaleLabel('fi', asked.scale, bad!)).click();
  await expect(page.getByRole('heading', { name: words.followUpTitle })).toBeVisible();
  await expect
    .poll(() => spokenSince(heard))
    .toEqual([
      words.followUpTitle,
      ...asked.followUps.negative.map((chip) => pickText(chip.texts, 'fi')),
      words.skip,
      words.changeAnswer,
    ]);

  heard = (await log(page)).spoken.length;
  await button(page, words.changeAnswer).click();
  await expect.poll(() => spokenSince(heard)).toEqual([words.changeHint, pickText(asked.texts, 'fi')]);
});

/**
 * The voice can fail: speech-dispatcher crashes, or its sound output goes away. Chromium then
 * says nothing of the reading it was doing, and fails each new utterance at once. The button
 * must not go on saying it is reading when nothing can be heard.
 */
kioskTest(
  'when the voice fails, the button stops saying it is reading, and a later tap tries again',
  async ({ playwright, launchOptions, kiosk }) => {
    // Services and a browser of this test's own: the voice is stopped for good halfway.
    const speech = await startSpeechServices();
    const browser = await playwright.chromium.launch({
      ...launchOptions,
      args: [...(launchOptions.args ?? []), '--enable-speech-dispatcher'],
      env: { ...process.env, SPEECHD_ADDRESS: speech.address },
    });
    try {
      const page = await browser.newPage();
      await page.goto(kiosk.host.url);
      const { readAloud, stopReading } = text('fi');
      await expect(button(page, readAloud)).toBeVisible({ timeout: 15_000 });
      await button(page, readAloud).click();
      await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(true);

      await speech.silenceVoice();
      // What was being read is lost without a word from Chromium; the client's tap still stops it.
      await button(page, stopReading).click();
      await expect(button(page, readAloud)).toHaveAttribute('aria-pressed', 'false');
      // A new tap: every utterance now fails at once, and the button says so by going back.
      await button(page, readAloud).click();
      await expect(button(page, readAloud)).toHaveAttribute('aria-pressed', 'false');
      await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(false);
    } finally {
      await browser.close();
      await speech.stop();
    }
  },
);

type SpeechLog = { spoken: { text: string; lang: string; started: boolean }[]; cancels: number };

function log(page: Page): Promise<SpeechLog> {
  return page.evaluate(() => (window as unknown as { speechLog: SpeechLog }).speechLog);
}

/** In the page: notes each utterance handed to the voice (and whether it began), and each cancel. */
function recordSpeech(): void {
  const speechLog: SpeechLog = { spoken: [], cancels: 0 };
  (window as unknown as { speechLog: SpeechLog }).speechLog = speechLog;
  const speak = speechSynthesis.speak.bind(speechSynthesis);
  const cancel = speechSynthesis.cancel.bind(speechSynthesis);
  speechSynthesis.speak = (utterance) => {
    const entry = { text: utterance.text, lang: utterance.lang, started: false };
    speechLog.spoken.push(entry);
    utterance.addEventListener('start', () => (entry.started = true));
    speak(utterance);
  };
  speechSynthesis.cancel = () => {
    speechLog.cancels++;
    cancel();
  };
}

/**
 * A PulseAudio with one null sink, and a speech-dispatcher using espeak-ng that plays into it,
 * each on a socket in a temp folder, so nothing of the machine's own sound or speech is touched.
 */
async function startSpeechServices(): Promise<SpeechServices> {
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
