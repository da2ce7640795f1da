/**
 * Which languages can be read aloud is the machine's: the start screen shows the read-aloud
 * button only in a language the system has a voice for, and the admin view says, for each
 * language offered, whether it has one. Two real machines: Chromium as Playwright starts it,
 * which has no voice at all (no speech-dispatcher), and Chromium started as the Electron shell
 * starts it on Linux, with espeak-ng's voices except Swedish.
 */
import type { Page } from '@playwright/test';
import { firstQuestionWithFollowUps } from '../../electron/core/kiosk/migrations/006-data.ts';
import { questionSchema } from '../../shared/domain.ts';
import { pickText, type Language } from '../../shared/languages.ts';
import { text } from '../../renderer/i18n/index.ts';
import { expect, test } from './kiosk-session.ts';
import { button, lockAdmin, openAdmin, openSection, setPin, toClientScreen } from './reception.ts';
import { installed, startSpeechServices, withVoices } from './speech-services.ts';

const asked = questionSchema.parse(firstQuestionWithFollowUps);

/** The start screen's language buttons, each language named in itself. */
const switchTo: Record<Language, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English', selko: 'Selkosuomi' };
/** How the Finnish admin view names the languages. */
const adminName: Record<Language, string> = {
  fi: 'Suomi',
  sv: 'Ruotsi',
  en: 'Englanti',
  selko: 'Selkosuomi',
};
const noVoice = (language: Language) =>
  `${adminName[language]}: tällä laitteella ei ole puheääntä tälle kielelle, joten Kuuntele-painiketta ei näytetä.`;
const voiceReads = (language: Language) => `${adminName[language]}: Kuuntele-painike lukee tekstit ääneen.`;

/** Switches the start screen to a language and waits for its question. */
async function startIn(page: Page, language: Language): Promise<void> {
  await button(page, switchTo[language]).click();
  await expect(page.getByRole('heading', { name: pickText(asked.texts, language) })).toBeVisible();
}

/** What the admin view's settings say of each offered language's voice, in Finnish. */
async function voiceLines(page: Page): Promise<string[]> {
  await openAdmin(page);
  await openSection(page, 'Asetukset');
  const lines = page.getByText(/: (tällä laitteella ei ole puheääntä|Kuuntele-painike lukee)/);
  await expect(lines).toHaveCount(4);
  const said = await lines.allTextContents();
  await lockAdmin(page);
  return said;
}

test('on a machine with no voice the admin view says so for every language, and no language shows the button', async ({
  page,
  kiosk,
}) => {
  setPin(kiosk.dataDir);
  await toClientScreen(page, kiosk.host.url);
  // The admin view says "no voice" only once Chromium has said which voices it has.
  expect(await voiceLines(page)).toEqual((['fi', 'sv', 'en', 'selko'] as const).map(noVoice));
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  for (const language of ['fi', 'sv', 'en', 'selko'] as const) {
    await startIn(page, language);
    await expect(button(page, text(language).readAloud)).toHaveCount(0);
  }
});

test.describe('with the voices the Electron shell finds on Linux', () => {
  test.skip(
    !installed('speech-dispatcher') && !process.env.CI,
    'speech-dispatcher is not installed (apt-get install speech-dispatcher speech-dispatcher-espeak-ng pulseaudio)',
  );

  test('a language without a voice has no button, and the admin view names it; the others read aloud', async ({
    playwright,
    launchOptions,
    kiosk,
  }) => {
    const speech = await startSpeechServices({ missingLanguage: 'sv' });
    const browser = await playwright.chromium.launch(withVoices(launchOptions, speech));
    try {
      const page = await browser.newPage();
      await page.clock.install();
      setPin(kiosk.dataDir);
      await toClientScreen(page, kiosk.host.url);
      // Voices arrive a moment after the page asks for them (espeak-ng lists thousands).
      await expect(button(page, text('fi').readAloud)).toBeVisible({ timeout: 15_000 });

      await startIn(page, 'sv');
      await expect(button(page, text('sv').readAloud)).toHaveCount(0);
      await startIn(page, 'en');
      await expect(button(page, text('en').readAloud)).toBeVisible();
      await startIn(page, 'selko');
      await expect(button(page, text('selko').readAloud)).toBeVisible();
      await startIn(page, 'sv');
      await expect(button(page, text('sv').readAloud)).toHaveCount(0);

      expect(await voiceLines(page)).toEqual([
        voiceReads('fi'),
        noVoice('sv'),
        voiceReads('en'),
        voiceReads('selko'),
      ]);
    } finally {
      await browser.close();
      await speech.stop();
    }
  });
});
