import type { Page } from '@playwright/test';
import { adminIdleSeconds, firstLockoutSeconds, wrongPinLimit } from '../../shared/admin-access.ts';
import { expect, test, testOnClock } from './kiosk-session.ts';
import {
  adminSections,
  button,
  firstQuestion as question,
  holdCorner,
  lockAdmin,
  openAdmin,
  openSection,
  pin,
  setPin,
  toClientScreen,
  typePin,
} from './reception.ts';

const faces = ['Erittäin huono', 'Huono', 'Ei hyvä eikä huono', 'Hyvä', 'Erittäin hyvä'];
const enterPin = (page: Page) => page.getByRole('heading', { name: 'Ylläpito: kirjoita PIN-koodi' });
const adminView = (page: Page) => page.getByRole('heading', { name: 'Ylläpito', exact: true });
const newKiosk = (page: Page) =>
  page.getByRole('heading', { name: 'Tällä kioskilla ei ole vielä ylläpidon PIN-koodia.' });
const shortPinReminder = (page: Page) =>
  page.getByText(
    'PIN-koodissa on alle 6 numeroa. Vaihda se vähintään 6-numeroiseksi kohdassa Vaihda PIN-koodi.',
  );
const newPinRule = 'Uudessa PIN-koodissa on oltava 6–8 numeroa.';

test('holding the corner for three seconds opens the PIN pad; a shorter hold does nothing', async ({
  page,
  kiosk,
}) => {
  await toClientScreen(page, kiosk.host.url);
  await holdCorner(page, 2500);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await expect(page.getByLabel('PIN-koodi')).toHaveCount(0);
  await holdCorner(page);
  await expect(newKiosk(page)).toBeVisible();
});

test('on a new kiosk the first PIN is chosen after saying the kiosk is being set up, has 6 digits, is typed twice, and is asked for next time', async ({
  page,
  kiosk,
}) => {
  await toClientScreen(page, kiosk.host.url);
  await holdCorner(page);
  await expect(newKiosk(page)).toBeVisible();
  await expect(page.getByText('Aseta se vain, jos olet ottamassa tätä kioskia käyttöön nyt.')).toBeVisible();
  await expect(page.getByLabel('PIN-koodi')).toHaveCount(0);
  await button(page, 'Peruuta').click();
  await expect(page.getByRole('heading', { name: question })).toBeVisible();

  await holdCorner(page);
  await button(page, 'Otan kioskin käyttöön nyt').click();
  await expect(page.getByRole('heading', { name: 'Valitse ylläpidon PIN-koodi' })).toBeVisible();
  await typePin(page, '4821');
  await expect(page.getByRole('alert')).toHaveText(newPinRule);
  await expect(page.getByRole('heading', { name: 'Valitse ylläpidon PIN-koodi' })).toBeVisible();
  await page.getByRole('textbox', { name: 'PIN-koodi' }).fill('');
  await typePin(page, pin);
  await expect(page.getByRole('heading', { name: 'Kirjoita sama PIN-koodi uudelleen' })).toBeVisible();
  await typePin(page, '482194');
  await expect(page.getByRole('alert')).toHaveText('Koodit eivät olleet samat. Aloita alusta.');
  await typePin(page, pin);
  await typePin(page, pin);

  await expect(adminView(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Yleiskatsaus' })).toBeVisible();
  await expect(page.getByText('Tänään vastauksia: 0')).toBeVisible();
  await expect(shortPinReminder(page)).toHaveCount(0);
  await lockAdmin(page);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await holdCorner(page);
  await expect(enterPin(page)).toBeVisible();
});

test('a kiosk that has taken answers without a PIN sends reception to IT, and opens with the PIN IT sets', async ({
  page,
  kiosk,
}) => {
  await kiosk.answeredEarlier([4]);
  await toClientScreen(page, kiosk.host.url);
  await holdCorner(page);
  await expect(
    page.getByText(
      'Tällä kioskilla ei ole ylläpidon PIN-koodia, mutta siihen on jo vastattu. Siksi PIN-koodin voi asettaa vain IT-tuki komennolla kuulluksi kiosk config --set-pin-file.',
    ),
  ).toBeVisible();
  await expect(page.getByLabel('PIN-koodi')).toHaveCount(0);
  await expect(button(page, 'Otan kioskin käyttöön nyt')).toHaveCount(0);
  await button(page, 'Lukitse ja palaa').click();

  setPin(kiosk.dataDir);
  await openAdmin(page);
});

test('a 4-digit PIN from before still opens the view, which asks for a 6-digit one until it is changed', async ({
  page,
  kiosk,
}) => {
  await kiosk.pinFromBefore('4821');
  await toClientScreen(page, kiosk.host.url);
  await openAdmin(page, '4821');
  await expect(shortPinReminder(page)).toBeVisible();
  await openSection(page, 'Asetukset');
  await expect(shortPinReminder(page)).toBeVisible();

  await openSection(page, 'Vaihda PIN-koodi');
  await typePin(page, '4821');
  await typePin(page, '7391');
  await expect(page.getByRole('alert')).toHaveText(newPinRule);
  await page.getByRole('textbox', { name: 'PIN-koodi' }).fill('');
  await typePin(page, '739104');
  await typePin(page, '739104');
  await expect(page.getByRole('status').filter({ hasText: 'PIN-koodi vaihdettiin.' })).toBeVisible();
  await expect(shortPinReminder(page)).toHaveCount(0);

  await lockAdmin(page);
  await openAdmin(page, '739104');
  await expect(shortPinReminder(page)).toHaveCount(0);
});

test('a PIN of letters cannot be typed on the pad, and a short one is explained', async ({ page, kiosk }) => {
  setPin(kiosk.dataDir);
  await toClientScreen(page, kiosk.host.url);
  await holdCorner(page);
  const field = page.getByLabel('PIN-koodi');
  await field.pressSequentially('abcd');
  await expect(field).toHaveValue('');
  await typePin(page, '12');
  await expect(page.getByRole('alert')).toHaveText('PIN-koodissa on 4–8 numeroa.');
  await typePin(page, '34');
  await expect(page.getByRole('alert')).toHaveText('Väärä PIN-koodi. Yrityksiä jäljellä: 4.');
});

testOnClock(
  `each round of ${wrongPinLimit} wrong PINs locks the pad twice as long, on the kiosk's clock, restart or not`,
  async ({ page, kioskOnClock: kiosk }) => {
    const lockedFor = (minutes: number) =>
      `Liian monta väärää yritystä. Kokeile uudelleen ${minutes} minuutin kuluttua.`;
    const oneRoundOfWrongPins = async () => {
      for (let tries = wrongPinLimit - 1; tries >= 1; tries--) {
        await typePin(page, '1111');
        await expect(page.getByRole('alert')).toHaveText(`Väärä PIN-koodi. Yrityksiä jäljellä: ${tries}.`);
      }
      await typePin(page, '1111');
    };
    const lookAgain = async () => {
      await button(page, 'Lukitse ja palaa').click();
      await holdCorner(page);
    };
    setPin(kiosk.dataDir);
    await toClientScreen(page, kiosk.url);
    await holdCorner(page);
    await oneRoundOfWrongPins();
    await expect(page.getByRole('alert')).toHaveText(lockedFor(5));

    await kiosk.restart();
    await toClientScreen(page, kiosk.url);
    await holdCorner(page);
    await expect(page.getByRole('alert')).toHaveText(lockedFor(5));
    await expect(page.getByLabel('PIN-koodi')).toHaveCount(0);

    kiosk.advanceSeconds(firstLockoutSeconds - 60);
    await lookAgain();
    await expect(page.getByRole('alert')).toHaveText(lockedFor(1));

    kiosk.advanceSeconds(60);
    await lookAgain();
    await oneRoundOfWrongPins();
    await expect(page.getByRole('alert')).toHaveText(lockedFor(10));
    kiosk.advanceSeconds(2 * firstLockoutSeconds - 60);
    await lookAgain();
    await expect(page.getByRole('alert')).toHaveText(lockedFor(1));

    kiosk.advanceSeconds(60);
    await button(page, 'Lukitse ja palaa').click();
    await openAdmin(page);
    await expect(
      page.getByRole('cell', { name: 'liian monta väärää PIN-koodia: lukittu 10 minuutin ajaksi' }),
    ).toBeVisible();
  },
);

test('the admin view locks itself after a minute without a touch, in any section', async ({
  page,
  kiosk,
}) => {
  setPin(kiosk.dataDir);
  await toClientScreen(page, kiosk.host.url);
  await openAdmin(page);
  // The page's clock flows with real time between steps, and a busy machine may take seconds over
  // one: a key press starts the minute right before the clock moves, and the margin is wide.
  await page.keyboard.press('Shift');
  await page.clock.runFor((adminIdleSeconds - 5) * 1000);
  await expect(adminView(page)).toBeVisible();
  await page.clock.runFor(6_000);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();

  // Typing counts as a touch: a long edit is not cut short, and the core agrees it is still open.
  await openAdmin(page);
  await openSection(page, 'Asetukset');
  await page.clock.runFor(40_000);
  await page.getByLabel('Kioskin nimi').fill('Aula');
  await page.getByLabel('Kioskin nimi').press('End');
  await page.clock.runFor(40_000);
  await expect(adminView(page)).toBeVisible();
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();
  await page.clock.runFor(adminIdleSeconds * 1000 + 1_000);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await holdCorner(page);
  await expect(enterPin(page)).toBeVisible();
});

testOnClock(
  'when the core has ended the session, the next touch goes back to the client screen',
  async ({ page, kioskOnClock: kiosk }) => {
    setPin(kiosk.dataDir);
    await toClientScreen(page, kiosk.url);
    await openAdmin(page);
    // The core's minute runs out while the screen's does not (as after the computer slept).
    kiosk.advanceSeconds(adminIdleSeconds + 1);
    // The overview's own refresh may meet the ended session first and leave before the touch
    // lands; either way the screen must end up on the client's question.
    await page
      .getByRole('navigation', { name: 'Ylläpidon osiot' })
      .getByRole('button', { name: 'Asetukset' })
      .click({ timeout: 5_000 })
      .catch(() => {});
    await expect(page.getByRole('heading', { name: question })).toBeVisible();
    await holdCorner(page);
    await expect(enterPin(page)).toBeVisible();
  },
);

test('changing the PIN needs the current one, and the new one twice', async ({ page, kiosk }) => {
  setPin(kiosk.dataDir);
  await toClientScreen(page, kiosk.host.url);
  await openAdmin(page);
  await openSection(page, 'Vaihda PIN-koodi');

  await expect(page.getByRole('heading', { name: 'Kirjoita nykyinen PIN-koodi' })).toBeVisible();
  const field = page.getByRole('textbox', { name: 'PIN-koodi' });
  await field.pressSequentially('abcd');
  await expect(field).toHaveValue('');
  await typePin(page, '1111');
  await typePin(page, '555555');
  await typePin(page, '555555');
  await expect(page.getByRole('alert')).toHaveText('Väärä PIN-koodi. Yrityksiä jäljellä: 4.');
  await expect(page.getByRole('heading', { name: 'Kirjoita nykyinen PIN-koodi' })).toBeVisible();

  await typePin(page, pin);
  await typePin(page, '5555');
  await expect(page.getByRole('alert')).toHaveText(newPinRule);
  await expect(page.getByRole('heading', { name: 'Kirjoita uusi PIN-koodi', exact: true })).toBeVisible();
  await page.getByRole('textbox', { name: 'PIN-koodi' }).fill('');
  await typePin(page, '555555');
  await typePin(page, '555556');
  await expect(page.getByRole('alert')).toHaveText('Koodit eivät olleet samat. Aloita alusta.');
  await expect(page.getByRole('heading', { name: 'Kirjoita uusi PIN-koodi', exact: true })).toBeVisible();
  await typePin(page, '555555');
  await typePin(page, '555555');
  await expect(page.getByRole('status').filter({ hasText: 'PIN-koodi vaihdettiin.' })).toBeVisible();

  await lockAdmin(page);
  await holdCorner(page);
  await typePin(page, pin);
  await expect(page.getByRole('alert')).toHaveText(/^Väärä PIN-koodi/);
  await typePin(page, '555555');
  await expect(adminView(page)).toBeVisible();
});

testOnClock(
  'closing the kiosk asks for the PIN again, then closes it',
  async ({ page, kioskOnClock: kiosk }) => {
    setPin(kiosk.dataDir);
    await toClientScreen(page, kiosk.url);
    await openAdmin(page);
    await openSection(page, 'Sulje kioski');
    await typePin(page, '9999');
    await expect(page.getByRole('alert')).toHaveText('Väärä PIN-koodi. Yrityksiä jäljellä: 4.');
    expect(kiosk.exits).toBe(0);
    await typePin(page, pin);
    await expect(page.getByText('Kioski on suljettu.')).toBeVisible();
    await expect.poll(() => kiosk.exits).toBe(1);
    // Nothing is left to lock, and no client screen comes back by itself.
    await page.clock.runFor(adminIdleSeconds * 2000);
    await expect(page.getByText('Kioski on suljettu.')).toBeVisible();
  },
);

test('no section of the admin view shows an answer, a follow-up, a comment or a count by value', async ({
  page,
  kiosk,
}) => {
  setPin(kiosk.dataDir);
  const comment = 'Kahvi loppui kesken taas';
  await page.goto(kiosk.host.url);
  await button(page, 'Erittäin huono').click();
  await button(page, 'Jouduin odottamaan liian kauan').click();
  await page.getByRole('textbox', { name: 'Oma viestisi' }).fill(comment);
  await button(page, 'Lähetä').click();
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  await page.clock.runFor(20_000);
  for (const face of ['Hyvä', 'Hyvä']) {
    await button(page, face).click();
    await button(page, 'Sain apua').click();
    await button(page, 'Ohita').click();
    await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
    await page.clock.runFor(6_000);
  }
  expect(kiosk.answers().map(({ value, follow_up }) => [value, follow_up])).toEqual([
    [1, 'waited-too-long'],
    [4, 'got-help'],
    [4, 'got-help'],
  ]);

  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await openAdmin(page);
  await expect(page.getByText('Tänään vastauksia: 3')).toBeVisible();
  for (const section of adminSections) {
    await openSection(page, section);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const shown = await page.locator('body').innerText();
    for (const told of [comment, 'Jouduin odottamaan liian kauan', 'Sain apua'])
      expect(shown, section).not.toContain(told);
    // A face's name may be on screen (the preview shows the answers); never with a number beside it.
    expect(shown, section).not.toMatch(new RegExp(`(${faces.join('|')})\\W{0,3}\\d`));
    if (section === 'Yleiskatsaus') for (const face of faces) expect(shown).not.toContain(face);
  }
});
