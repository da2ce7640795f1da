import type { Page } from '@playwright/test';
import { scaleLabel, text } from '../../renderer/i18n/index.ts';
import { expect, test, type Kiosk } from './kiosk-session.ts';

const storedComments = (kiosk: Kiosk) => kiosk.answers().map((answer) => answer.comment);

const onScreenKeyboard = (page: Page) => page.getByRole('group', { name: 'Näppäimistö' });
const key = (page: Page, name: string) => onScreenKeyboard(page).getByRole('button', { name, exact: true });
const commentField = (page: Page) => page.getByRole('textbox', { name: 'Oma viestisi' });
const counter = (page: Page, used: number) => page.getByText(`${used} / 500 merkkiä`);

/** Taps on-screen keys by their accessible names, in order; a string spread gives its letters. */
async function tap(page: Page, ...names: string[]) {
  for (const name of names) await key(page, name).click();
}

/** Presses Tab (or Shift+Tab) until the named button has focus, as someone without a pointer would. */
async function tabTo(page: Page, name: string, press: 'Tab' | 'Shift+Tab' = 'Tab') {
  const target = page.getByRole('button', { name, exact: true });
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(press);
  }
  throw new Error(`"${name}" was not reached with ${press}`);
}

/** The middle face leads straight to the words: neither kind of follow-up question comes first. */
const neutralFace = 'Ei hyvä eikä huono';

async function openCommentStep(page: Page, kiosk: Kiosk) {
  await page.goto(kiosk.host.url);
  await page.getByRole('button', { name: neutralFace, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Haluatko kertoa lisää?' })).toBeVisible();
}

test('a sentence with ä ö å š ž and a phone number typed on the screen keys alone is shown scrubbed and stored scrubbed', async ({
  page,
  kiosk,
}) => {
  await openCommentStep(page, kiosk);
  await expect(counter(page, 0)).toBeVisible();

  await tap(page, 'Isot kirjaimet');
  await expect(key(page, 'Isot kirjaimet')).toHaveAttribute('aria-pressed', 'true');
  await tap(page, ...'Hyvää');
  await expect(key(page, 'Isot kirjaimet')).toHaveAttribute('aria-pressed', 'false');
  await expect(commentField(page)).toHaveValue('Hyvää');
  await expect(counter(page, 5)).toBeVisible();
  await expect(commentField(page)).toBeFocused();

  await tap(page, 'Poista merkki');
  await expect(commentField(page)).toHaveValue('Hyvä');
  await expect(counter(page, 4)).toBeVisible();

  await tap(
    page,
    'Välilyönti',
    ...'päivä,',
    'Välilyönti',
    'Isot kirjaimet',
    ...'Åsa',
    'Välilyönti',
    ...'ja',
    'Välilyönti',
  );
  await tap(
    page,
    'šžé Muut kirjaimet',
    'Isot kirjaimet',
    'Ž',
    'abc Kirjaimet',
    ...'anna',
    'Välilyönti',
    ...'pelasivat',
    'Välilyönti',
  );
  await tap(page, 'šžé Muut kirjaimet', 'š', 'abc Kirjaimet', ...'akkia');
  const sentence = 'Hyvä päivä, Åsa ja Žanna pelasivat šakkia';
  await expect(commentField(page)).toHaveValue(sentence);
  await expect(counter(page, sentence.length)).toBeVisible();

  await tap(
    page,
    'Välilyönti',
    '123 Numerot ja merkit',
    ...'040',
    'Välilyönti',
    ...'123',
    'Välilyönti',
    ...'4567',
  );
  await expect(commentField(page)).toHaveValue(`${sentence} 040 123 4567`);
  await expect(counter(page, sentence.length + 13)).toBeVisible();
  await expect(
    page.getByText('Poistimme tiedot, joista sinut voisi tunnistaa: puhelinnumero.'),
  ).toBeVisible();
  await expect(page.getByText(`${sentence} [•••]`)).toBeVisible();

  await page.getByRole('button', { name: 'Lähetä' }).click();
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  expect(storedComments(kiosk)).toEqual([`${sentence} [•••]`]);
});

test('screen keys type at the caret and leave it after what they typed, between keystrokes of a physical keyboard', async ({
  page,
  kiosk,
}) => {
  await openCommentStep(page, kiosk);
  await commentField(page).click();
  await page.keyboard.type('hvi oli hyvää');
  await page.keyboard.press('Home');
  await tap(page, 'Isot kirjaimet', 'K');
  await page.keyboard.type('a');
  await expect(commentField(page)).toHaveValue('Kahvi oli hyvää');

  await page.keyboard.press('End');
  await tap(page, '123 Numerot ja merkit', '!');
  await expect(commentField(page)).toHaveValue('Kahvi oli hyvää!');
  await page.keyboard.press('Shift+Home');
  await tap(page, 'Poista merkki');
  await expect(commentField(page)).toHaveValue('');
  await expect(counter(page, 0)).toBeVisible();
});

test('screen keys stop at the length limit, as typing does', async ({ page, kiosk }) => {
  await openCommentStep(page, kiosk);
  await commentField(page).fill('a'.repeat(499));
  await tap(page, ...'bc');
  await expect(commentField(page)).toHaveValue(`${'a'.repeat(499)}b`);
  await expect(counter(page, 500)).toBeVisible();
});

test('every screen key can be reached with Tab and pressed with Enter or Space, and focus stays on it', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.host.url);
  await tabTo(page, neutralFace);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Haluatko kertoa lisää?' })).toBeVisible();

  await tabTo(page, 'o');
  await page.keyboard.press('Enter');
  await tabTo(page, 'k');
  await page.keyboard.press('Space');
  await expect(key(page, 'k')).toBeFocused();
  await expect(commentField(page)).toHaveValue('ok');

  await tabTo(page, '123 Numerot ja merkit');
  await page.keyboard.press('Enter');
  await expect(key(page, 'abc Kirjaimet')).toBeFocused();
  await tabTo(page, '1', 'Shift+Tab');
  await page.keyboard.press('Space');
  await expect(commentField(page)).toHaveValue('ok1');

  await tabTo(page, 'Lähetä');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  expect(storedComments(kiosk)).toEqual(['ok1']);
});

test('the keys are at least 64 px square and all fit on a 1366×768 screen, and grow on a 1920×1080 one', async ({
  page,
  kiosk,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openCommentStep(page, kiosk);
  const keys = onScreenKeyboard(page).getByRole('button');
  for (const box of await Promise.all((await keys.all()).map((each) => each.boundingBox()))) {
    expect(box!.width).toBeGreaterThanOrEqual(64);
    expect(box!.height).toBeGreaterThanOrEqual(64);
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
  }
  const sendBox = await page.getByRole('button', { name: 'Lähetä' }).boundingBox();
  expect(sendBox!.y + sendBox!.height).toBeLessThanOrEqual(768);
  const smallKey = await key(page, 'a').boundingBox();

  await page.setViewportSize({ width: 1920, height: 1080 });
  const bigKey = await key(page, 'a').boundingBox();
  expect(bigKey!.width).toBeGreaterThan(smallKey!.width);
  expect(bigKey!.height).toBeGreaterThan(smallKey!.height);
});

test('on a portrait stand the keys sit around the middle of the screen, within reach from a wheelchair, clear of the help button', async ({
  page,
  kiosk,
}) => {
  const screen = { width: 1080, height: 1920 };
  await page.setViewportSize(screen);
  await openCommentStep(page, kiosk);
  const keys = (await onScreenKeyboard(page).boundingBox())!;
  // A tall screen's top quarter is above the reach of a seated person; its bottom is where help floats.
  expect(keys.y, 'the top row is below the top quarter').toBeGreaterThan(screen.height / 4);
  expect(keys.y + keys.height, 'the bottom row is above the lowest quarter').toBeLessThan(
    (screen.height * 3) / 4,
  );
  const help = (await page.getByRole('button', { name: 'Tarvitsetko apua nyt?' }).boundingBox())!;
  expect(keys.y + keys.height, 'no key under the help button').toBeLessThan(help.y);
});

/** Each language by its button, and the notice the words step shows in it. */
const noticeIn = [
  ['fi', 'Suomi', 'Älä kirjoita nimiä, puhelinnumeroita tai osoitteita.'],
  ['sv', 'Svenska', 'Skriv inga namn, telefonnummer eller adresser.'],
  ['en', 'English', 'Please do not write names, phone numbers or addresses.'],
  ['selko', 'Selkosuomi', 'Älä kirjoita nimiä. Älä kirjoita puhelinnumeroita tai osoitteita.'],
] as const;

for (const screen of [
  { width: 1366, height: 768 },
  { width: 1080, height: 1920 },
]) {
  test(`at ${screen.width}×${screen.height} the words step asks in every language not to write names, phone numbers or addresses, above the keys and without scrolling`, async ({
    page,
    kiosk,
  }) => {
    await page.setViewportSize(screen);
    for (const [language, languageButton, notice] of noticeIn) {
      const words = text(language);
      await page.goto(kiosk.host.url);
      await page.getByRole('button', { name: languageButton, exact: true }).click();
      // The middle face leads straight to the words.
      await page.getByRole('button', { name: scaleLabel(language, 'smiley-5', 3), exact: true }).click();
      const shown = page.getByText(notice, { exact: true });
      await expect(shown, language).toBeInViewport({ ratio: 1 });
      await expect(
        page.getByRole('textbox'),
        `${language}: a screen reader hears it with the field`,
      ).toHaveAccessibleDescription(new RegExp(`^${notice.replace(/\./g, '\\.')}`));
      const keys = page.getByRole('group', { name: words.keyboard.label });
      await expect(keys, language).toBeInViewport({ ratio: 1 });
      const noticeBox = (await shown.boundingBox())!;
      const keysBox = (await keys.boundingBox())!;
      const helpBox = (await page.getByRole('button', { name: words.helpButton }).boundingBox())!;
      expect(noticeBox.y + noticeBox.height, `${language}: the notice is above the keys`).toBeLessThan(
        keysBox.y,
      );
      expect(noticeBox.height, `${language}: the notice takes a line or two`).toBeLessThan(80);
      expect(keysBox.y + keysBox.height, `${language}: the keys stay clear of the help button`).toBeLessThan(
        helpBox.y,
      );
      expect(
        await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight),
        `${language}: the step fits the screen`,
      ).toBe(true);
    }
  });
}
