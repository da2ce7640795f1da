/**
 * Read-aloud with a real voice. Chromium finds voices only through speech-dispatcher (and only
 * with --enable-speech-dispatcher); here it talks to a speech-dispatcher of the test's own, which
 * speaks with espeak-ng into a PulseAudio sink that discards the sound at the pace it would be
 * heard, so reading takes as long as it would aloud and can be stopped halfway.
 * On Debian: apt-get install speech-dispatcher speech-dispatcher-espeak-ng pulseaudio (.ci/run does).
 */
import type { Page } from '@playwright/test';
import { firstQuestionWithFollowUps } from '../../electron/core/kiosk/migrations/006-data.ts';
import { questionSchema } from '../../shared/domain.ts';
import { pickText } from '../../shared/languages.ts';
import { valuesOf } from '../../shared/scales.ts';
import { scaleLabel, text } from '../../renderer/i18n/index.ts';
import { expect, test as kioskTest } from './kiosk-session.ts';
import { installed, startSpeechServices, withVoice, type SpeechServices } from './speech-services.ts';

/** What a fresh kiosk asks: the first question as migration 6 stored it. */
const asked = questionSchema.parse(firstQuestionWithFollowUps);

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
      await use(withVoice(launchOptions, speech));
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
    const browser = await playwright.chromium.launch(withVoice(launchOptions, speech));
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
