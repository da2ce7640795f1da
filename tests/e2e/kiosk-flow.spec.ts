import type { Page } from '@playwright/test';
import { noFollowUps } from '../../shared/domain.ts';
import { scaleIds, valuesOf } from '../../shared/scales.ts';
import { en } from '../../renderer/i18n/en.ts';
import { fi } from '../../renderer/i18n/fi.ts';
import { expect, stopPageClock, test } from './kiosk-session.ts';

const question = 'Millainen käyntisi oli tänään?';
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Skips the optional steps after an answer: the follow-up (where the answer has one) and the comment. */
async function skipToThanks(page: Page, { followUp = true } = {}) {
  const steps = followUp ? ['Mikä vaikutti eniten?', 'Haluatko kertoa lisää?'] : ['Haluatko kertoa lisää?'];
  for (const heading of steps) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await button(page, 'Ohita').click();
  }
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
}

test('every scale shows all its answers with their words, and the tapped one is stored', async ({
  page,
  kiosk,
}) => {
  const versions: number[] = [];
  await kiosk.eachScale(async (scale, version) => {
    versions.push(version);
    await page.goto(kiosk.host.url);
    await expect(page.getByRole('heading', { name: `Kysymys ${scale}` })).toBeVisible();
    const labels = fi.scales[scale];
    expect(labels.length).toBe(valuesOf(scale).length);
    for (const label of labels) await expect(button(page, label)).toBeVisible();
    await button(page, labels.at(-1)!).click();
    await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  });
  const stored = kiosk.answers();
  expect(stored.map((answer) => [answer.question_version, answer.value])).toEqual(
    scaleIds.map((scale, index) => [versions[index], valuesOf(scale).at(-1)]),
  );
});

for (const [language, asked, face, followUp, thanks] of [
  ['Svenska', 'Hur var ditt besök i dag?', 'Bra', 'Vad påverkade mest?', 'Tack!'],
  ['English', 'How was your visit today?', 'Good', 'What mattered most?', 'Thank you!'],
  ['Selkosuomi', 'Millainen käynti oli tänään?', 'Hyvä', 'Mikä oli tärkeintä?', 'Kiitos!'],
] as const) {
  test(`${language}: one tap switches the question, answers and steps; the next person gets Finnish again`, async ({
    page,
    kiosk,
  }) => {
    await page.goto(kiosk.host.url);
    await button(page, language).click();
    await expect(page.getByRole('heading', { name: asked })).toBeVisible();
    await expect(button(page, language)).toHaveAttribute('aria-pressed', 'true');
    await button(page, face).click();
    await expect(page.getByRole('heading', { name: followUp })).toBeVisible();
    await page.getByRole('button', { name: /Hoppa över|Skip|Ohita/ }).click();
    await page.getByRole('button', { name: /Hoppa över|Skip|Ohita/ }).click();
    await expect(page.getByRole('heading', { name: thanks })).toBeVisible();
    expect(kiosk.answers().map((answer) => answer.value)).toEqual([4]);

    await page.clock.runFor(6_000);
    await expect(page.getByRole('heading', { name: question })).toBeVisible();
    await expect(button(page, 'Suomi')).toHaveAttribute('aria-pressed', 'true');
  });
}

test('a follow-up chip matches the answer: bad answers get bad reasons, good ones good, the middle none', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.host.url);
  await button(page, 'Huono').click();
  await expect(button(page, 'Sain apua')).toHaveCount(0);
  await button(page, 'En saanut apua').click();
  await skipToThanks(page, { followUp: false });
  await page.clock.runFor(6_000);

  await button(page, 'Hyvä').click();
  await expect(button(page, 'En saanut apua')).toHaveCount(0);
  await button(page, 'Sain apua').click();
  await skipToThanks(page, { followUp: false });
  await page.clock.runFor(6_000);

  await button(page, 'Ei hyvä eikä huono').click();
  await skipToThanks(page, { followUp: false });

  expect(kiosk.answers().map(({ value, follow_up }) => [value, follow_up])).toEqual([
    [2, 'no-help'],
    [3, null],
    [4, 'got-help'],
  ]);
});

test('an untouched screen warns with a countdown; More time keeps the text, walking away drops it', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.host.url);
  await button(page, 'Hyvä').click();
  await button(page, 'Ohita').click();
  const box = page.getByRole('textbox', { name: 'Oma viestisi' });
  // The countdown is read to the second: the page's clock moves only when the test moves it.
  await stopPageClock(page);
  await box.fill('Puolikas ajatus');

  await page.clock.runFor(45_000);
  const warning = page.getByRole('alertdialog', { name: 'Oletko vielä siinä?' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('Palataan alkuun 15 sekunnin kuluttua.');
  // The box holds words: the warning says they will go, before they do.
  await expect(warning).toContainText(fi.idleClearsText);
  await page.clock.runFor(5_000);
  await expect(warning).toContainText('Palataan alkuun 10 sekunnin kuluttua.');
  await button(page, 'Lisää aikaa').click();
  await expect(warning).toHaveCount(0);
  await expect(box).toHaveValue('Puolikas ajatus');

  await page.clock.runFor(45_000);
  await expect(warning).toBeVisible();
  await page.clock.runFor(16_000);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await expect(box).toHaveCount(0);
  expect(kiosk.answers()).toEqual([
    { question_version: 2, value: 4, follow_up: null, comment: null, repeat: 0 },
  ]);
});

test('a language chosen by someone who walked away is reset after the warning', async ({ page, kiosk }) => {
  await page.goto(kiosk.host.url);
  await button(page, 'English').click();
  await page.clock.runFor(45_000);
  const warning = page.getByRole('alertdialog', { name: 'Are you still there?' });
  await expect(warning).toBeVisible();
  // Nothing typed, nothing to lose: the warning does not speak of text.
  await expect(warning).not.toContainText(en.idleClearsText);
  await page.clock.runFor(16_000);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
});

test('taps during the thank-you are ignored; a quick tap after it is stored with the repeat flag', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.host.url);
  await button(page, 'Hyvä').click();
  await skipToThanks(page);
  await page.mouse.click(960, 540);
  await page.mouse.click(960, 700);
  expect(kiosk.answers()).toHaveLength(1);

  await page.clock.runFor(6_000);
  await button(page, 'Hyvä').click();
  await skipToThanks(page);
  await page.clock.runFor(6_000);
  await page.clock.runFor(15_000);
  await button(page, 'Erittäin hyvä').click();
  await skipToThanks(page);

  expect(kiosk.answers().map(({ value, repeat }) => [value, repeat])).toEqual([
    [4, 0],
    [4, 1],
    [5, 0],
  ]);
});

test('after the hardest answer the thank-you says where help is; help stays open while read and stores nothing', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.host.url);
  await button(page, 'Erittäin huono').click();
  await skipToThanks(page);
  const thanks = page.getByRole('status').filter({ hasText: 'Kiitos!' });
  await expect(thanks).toContainText('Hätätilanteessa soita 112.');
  await expect(thanks).toContainText('MIELI Kriisipuhelin 09 2525 0111');

  await button(page, 'Tarvitsetko apua nyt?').click();
  await expect(page.getByRole('heading', { name: 'Apua on saatavilla' })).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.getByRole('heading', { name: 'Apua on saatavilla' })).toBeVisible();
  await button(page, 'Takaisin').click();
  expect(kiosk.answers()).toEqual([
    { question_version: 2, value: 1, follow_up: null, comment: null, repeat: 0 },
  ]);

  await page.clock.runFor(21_000);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await button(page, 'Svenska').click();
  await button(page, 'Behöver du hjälp nu?').click();
  await expect(page.getByText('MIELI Kristelefon 09 2525 0112')).toBeVisible();
  expect(kiosk.answers()).toHaveLength(1);
});

test('follow-up chips carry their pictogram beside the words', async ({ page, kiosk }) => {
  await page.goto(kiosk.host.url);
  await button(page, 'Huono').click();
  const chip = button(page, 'Jouduin odottamaan liian kauan');
  await expect(chip.locator('img')).toHaveAttribute('src', /\.svg$/);
  expect(
    await chip.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0),
  ).toBe(true);
});

test('the About screen credits the pictograms, and returns to the start when left alone', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.host.url);
  await button(page, 'Tietoja').click();
  await expect(page.getByText('CC BY-SA 4.0').first()).toBeVisible();
  await expect(page.getByText('openmoji.org').first()).toBeVisible();
  await page.clock.runFor(45_000);
  await expect(page.getByRole('alertdialog', { name: 'Oletko vielä siinä?' })).toBeVisible();
  await page.clock.runFor(16_000);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  expect(kiosk.answers()).toEqual([]);
});

test('large text is one tap away and lasts for one person only', async ({ page, kiosk }) => {
  await page.goto(kiosk.host.url);
  const rootFontSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
  expect(await rootFontSize()).toBe('16px');
  await button(page, 'Isompi teksti').click();
  await expect.poll(rootFontSize).toBe('20px');
  await button(page, 'Hyvä').click();
  await skipToThanks(page);
  await page.clock.runFor(6_000);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await expect.poll(rootFontSize).toBe('16px');
});

test('with a question too long for a 1366×768 screen in large text, help stays in reach, and never stands over a control one can see, however far the page is scrolled', async ({
  page,
  kiosk,
}) => {
  // Every question of the bank fits the window (screen-fit.spec.ts); reception may write a longer one.
  await kiosk.ask({
    id: 'visit-today',
    version: 3,
    scale: 'smiley-5',
    texts: {
      fi: question,
      en: Array.from({ length: 6 }, () => 'How was your visit today, all things considered?').join(' '),
    },
    followUps: noFollowUps,
    freeText: false,
  });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(kiosk.host.url);
  await button(page, 'English').click();
  await button(page, 'Larger text').click();
  const help = button(page, 'Need help now?');
  const end = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  expect(end, 'the page is taller than the window').toBeGreaterThan(0);
  for (const scrolled of [0, end / 4, end / 2, (3 * end) / 4, end]) {
    await page.evaluate((y) => window.scrollTo(0, y), scrolled);
    await expect(help).toBeInViewport();
    expect(await controlsSeenNextToHelp(page), `scrolled ${Math.round(scrolled)} px`).toEqual([]);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await help.click();
  await expect(page.getByRole('heading', { name: 'Help is available' })).toBeVisible();
});

/**
 * Buttons that show a point of themselves within a few pixels of the help button: seen beside it
 * or under its edge, a tap meant for one may land on the other. Points are probed as a finger
 * would meet them, so whatever hides a button (help, or what help stands on) is taken into account.
 */
function controlsSeenNextToHelp(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const buttons = [...document.querySelectorAll('button')];
    const help = buttons.find((element) => element.textContent === 'Need help now?')!.getBoundingClientRect();
    const near = 4;
    const seenNear = (element: HTMLElement) => {
      const box = element.getBoundingClientRect();
      for (let x = Math.max(box.left, 0) + 1; x < Math.min(box.right, innerWidth); x += 4) {
        for (let y = Math.max(box.top, 0) + 1; y < Math.min(box.bottom, innerHeight); y += 4) {
          const nearHelp =
            x > help.left - near && x < help.right + near && y > help.top - near && y < help.bottom + near;
          if (nearHelp && element.contains(document.elementFromPoint(x, y))) return true;
        }
      }
      return false;
    };
    return buttons
      .filter((element) => element.textContent !== 'Need help now?' && seenNear(element))
      .map((element) => element.textContent ?? '');
  });
}

test('read-aloud is offered exactly where the system has a voice for the language', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.host.url);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  const voices = await page.evaluate(
    () => speechSynthesis.getVoices().filter((voice) => voice.lang.startsWith('fi')).length,
  );
  const listen = button(page, 'Kuuntele');
  if (voices === 0) {
    await expect(listen).toHaveCount(0);
    return;
  }
  await listen.click();
  await expect(button(page, 'Lopeta lukeminen')).toHaveAttribute('aria-pressed', 'true');
  await button(page, 'Lopeta lukeminen').click();
  await expect(listen).toBeVisible();
});
