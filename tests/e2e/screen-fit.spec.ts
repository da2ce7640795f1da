/**
 * Every client screen that has something to tap, at every screen size kiosks stand on, in normal
 * and in large text: nothing overlaps or leaves the window, no words hide under a control, and
 * every target is at least the style guide's smallest (layout-check.ts says what is looked at).
 * Read-aloud's button is there too where the machine has a voice, as on a kiosk with one.
 */
import type { Page } from '@playwright/test';
import { firstQuestionWithFollowUps } from '../../electron/core/kiosk/migrations/006-data.ts';
import { seedQuestions } from '../../electron/core/kiosk/migrations/007-data.ts';
import { pickText, type Language } from '../../shared/languages.ts';
import { valuesOf } from '../../shared/scales.ts';
import { weekdayOf, weekdays } from '../../shared/weekdays.ts';
import { scaleLabel, text } from '../../renderer/i18n/index.ts';
import { runCli } from '../helpers/cli.ts';
import { expect, test as kioskTest, type Kiosk } from './kiosk-session.ts';
import { layoutProblems } from './layout-check.ts';
import { installed, startSpeechServices, withVoices, type SpeechServices } from './speech-services.ts';

/** The screens the kiosk is made for: landscape, portrait stands and a small tablet. */
const sizes = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
  { width: 800, height: 1280 },
];

/** Long enough that the idle warning never comes while a screen waits for the next minute's check. */
const idleSeconds = 120;

const test = kioskTest.extend<object, { speech: SpeechServices | null }>({
  speech: [
    async ({}, use) => {
      const speech = installed('speech-dispatcher') ? await startSpeechServices() : null;
      await use(speech);
      await speech?.stop();
    },
    { scope: 'worker' },
  ],
  launchOptions: [
    async ({ launchOptions, speech }, use) => use(speech ? withVoices(launchOptions, speech) : launchOptions),
    { scope: 'worker' },
  ],
});

/** What each step of a visit needs: where it is, and in which text size. */
type Visit = { page: Page; kiosk: Kiosk; large: boolean; voice: boolean };
type Step = { screen: string; scrolls?: boolean; reach(visit: Visit): Promise<void> };

const fi = text('fi');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const questions = new Map(
  [firstQuestionWithFollowUps, ...seedQuestions.map((seed) => seed.question)].map((question) => [
    question.id,
    question,
  ]),
);

function setKiosk(kiosk: Kiosk, ...flags: string[]): void {
  const result = runCli(['kiosk', 'config', '--data', kiosk.dataDir, ...flags]);
  expect(result.status, result.stderr).toBe(0);
}

/** Each language other than the first, by the name its button shows. */
const languageButtons = { sv: 'Svenska', en: 'English', selko: 'Selkosuomi' } as const;

/** The start screen as a person meets it: in their language, larger text if they want it. */
async function startScreen({ page, kiosk, large, voice }: Visit, id: string, language: Language = 'fi') {
  await page.goto(kiosk.host.url);
  if (language !== 'fi') await button(page, languageButtons[language]).click();
  const words = text(language);
  if (large) await button(page, words.largeText).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    pickText(questions.get(id)!.texts, language),
  );
  // Voices arrive a moment after the page asks for them.
  if (voice) await expect(button(page, words.readAloud)).toBeVisible({ timeout: 15_000 });
}

/** A question of each kind of scale, the longest the bank has of its kind, asked from now on. */
const startWith = (id: string): Step => ({
  screen: `the start screen asking ${id} (${questions.get(id)!.scale})`,
  async reach(visit) {
    setKiosk(visit.kiosk, '--question', id);
    await startScreen(visit, id);
  },
});

/** The first question's start screen in another language: the controls' words change with it. */
const startIn = (language: keyof typeof languageButtons): Step => ({
  screen: `the start screen in ${languageButtons[language]}`,
  reach: (visit) => startScreen(visit, 'visit-today', language),
});

/** Today closed, the next day open: the kiosk says when it opens again. */
function closedToday(): string {
  const today = weekdayOf(new Date());
  return weekdays.map((day) => `${day}=${day === today ? 'closed' : '08:00-16:00'}`).join(',');
}

/** Each screen in the order a person meets it; each step leaves the page on the screen it names. */
const steps: Step[] = [
  startWith('want-to-help-develop'),
  startWith('would-recommend'),
  startWith('ideas-are-listened-to'),
  startWith('visit-today'),
  startIn('sv'),
  startIn('en'),
  startIn('selko'),
  {
    screen: 'the follow-up step',
    async reach(visit) {
      await startScreen(visit, 'visit-today');
      await button(visit.page, scaleLabel('fi', 'smiley-5', valuesOf('smiley-5')[0]!)).click();
      await expect(visit.page.getByRole('heading', { name: fi.followUpTitle })).toBeVisible();
    },
  },
  {
    screen: 'the comment step with its keys',
    async reach({ page }) {
      await button(page, fi.skip).click();
      await expect(page.getByRole('heading', { name: fi.commentTitle })).toBeVisible();
    },
  },
  {
    screen: 'the comment step showing what was taken out',
    async reach({ page }) {
      await page.getByRole('textbox').fill('Soittakaa minulle numeroon 040 123 4567, kiitos paljon');
      await expect(page.getByText(fi.commentPreview)).toBeVisible();
    },
  },
  {
    screen: 'the idle warning',
    async reach({ page }) {
      await page.clock.runFor(idleSeconds * 1000);
      await expect(page.getByRole('alertdialog')).toBeVisible();
    },
  },
  {
    screen: 'the thank-you after the hardest answer, with where help is',
    async reach({ page }) {
      await button(page, fi.moreTime).click();
      await button(page, fi.send).click();
      await expect(page.getByRole('heading', { name: fi.thanks })).toBeVisible();
    },
  },
  {
    screen: 'help',
    async reach({ page }) {
      await button(page, fi.helpButton).click();
      await expect(page.getByRole('heading', { name: fi.helpTitle })).toBeVisible();
    },
  },
  {
    screen: 'About',
    scrolls: true,
    async reach(visit) {
      await startScreen(visit, 'visit-today');
      await button(visit.page, fi.aboutButton).click();
      await expect(visit.page.getByRole('heading', { name: fi.about.title })).toBeVisible();
    },
  },
  {
    screen: 'the closed screen',
    async reach(visit) {
      await button(visit.page, fi.about.close).click();
      setKiosk(visit.kiosk, '--opening-hours', closedToday());
      // The start screen asks every minute what today brings; the person's text size stays.
      await visit.page.clock.runFor(60_000);
      await expect(visit.page.getByRole('heading', { name: fi.closedNow })).toBeVisible();
      setKiosk(visit.kiosk, '--opening-hours', 'always');
    },
  },
];

for (const size of sizes) {
  test(`at ${size.width}×${size.height}, in normal and in large text, every client screen keeps its controls whole, apart, uncovered and big enough`, async ({
    page,
    kiosk,
    speech,
  }) => {
    test.setTimeout(240_000);
    await page.setViewportSize(size);
    setKiosk(kiosk, '--idle-seconds', String(idleSeconds));
    for (const large of [false, true]) {
      for (const { screen, scrolls = false, reach } of steps) {
        await reach({ page, kiosk, large, voice: speech !== null });
        const where = `${screen}, ${size.width}×${size.height}, ${large ? 'large' : 'normal'} text`;
        if (large)
          expect(await page.evaluate(() => document.documentElement.dataset['display'])).toBe('large');
        expect.soft(await layoutProblems(page, { scrolls }), where).toEqual([]);
      }
    }
  });
}
