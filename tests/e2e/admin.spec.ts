import type { Page } from '@playwright/test';
import { adminIdleSeconds, lockoutSeconds, wrongPinLimit } from '../../shared/admin-access.ts';
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

test('holding the corner for three seconds opens the PIN pad; a shorter hold does nothing', async ({
  page,
  kiosk,
}) => {
  await toClientScreen(page, kiosk.host.url);
  await holdCorner(page, 2500);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await expect(page.getByLabel('PIN-koodi')).toHaveCount(0);
  await holdCorner(page);
  await expect(page.getByRole('heading', { name: 'Valitse ylläpidon PIN-koodi' })).toBeVisible();
});

test('the first PIN is chosen twice, opens the overview, and is asked for next time', async ({
  page,
  kiosk,
}) => {
  await toClientScreen(page, kiosk.host.url);
  await holdCorner(page);
  await typePin(page, pin);
  await expect(page.getByRole('heading', { name: 'Kirjoita sama PIN-koodi uudelleen' })).toBeVisible();
  await typePin(page, '4822');
  await expect(page.getByRole('alert')).toHaveText('Koodit eivät olleet samat. Aloita alusta.');
  await typePin(page, pin);
  await typePin(page, pin);

  await expect(adminView(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Yleiskatsaus' })).toBeVisible();
  await expect(page.getByText('Tänään vastauksia: 0')).toBeVisible();
  await lockAdmin(page);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await holdCorner(page);
  await expect(enterPin(page)).toBeVisible();
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
  `${wrongPinLimit} wrong PINs lock the pad for ${lockoutSeconds / 60} minutes of the kiosk's clock, restart or not`,
  async ({ page, kioskOnClock: kiosk }) => {
    setPin(kiosk.dataDir);
    await toClientScreen(page, kiosk.url);
    await holdCorner(page);
    for (let tries = wrongPinLimit - 1; tries >= 1; tries--) {
      await typePin(page, '1111');
      await expect(page.getByRole('alert')).toHaveText(`Väärä PIN-koodi. Yrityksiä jäljellä: ${tries}.`);
    }
    await typePin(page, '1111');
    const lockedFor = (minutes: number) =>
      `Liian monta väärää yritystä. Kokeile uudelleen ${minutes} minuutin kuluttua.`;
    await expect(page.getByRole('alert')).toHaveText(lockedFor(5));

    await kiosk.restart();
    await toClientScreen(page, kiosk.url);
    await holdCorner(page);
    await expect(page.getByRole('alert')).toHaveText(lockedFor(5));
    await expect(page.getByLabel('PIN-koodi')).toHaveCount(0);

    kiosk.advanceSeconds(lockoutSeconds - 60);
    await button(page, 'Lukitse ja palaa').click();
    await holdCorner(page);
    await expect(page.getByRole('alert')).toHaveText(lockedFor(1));

    kiosk.advanceSeconds(60);
    await button(page, 'Lukitse ja palaa').click();
    await openAdmin(page);
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
  await typePin(page, '5555');
  await typePin(page, '5555');
  await expect(page.getByRole('alert')).toHaveText('Väärä PIN-koodi. Yrityksiä jäljellä: 4.');
  await expect(page.getByRole('heading', { name: 'Kirjoita nykyinen PIN-koodi' })).toBeVisible();

  await typePin(page, pin);
  await typePin(page, '5555');
  await typePin(page, '5556');
  await expect(page.getByRole('alert')).toHaveText('Koodit eivät olleet samat. Aloita alusta.');
  await expect(page.getByRole('heading', { name: 'Kirjoita uusi PIN-koodi', exact: true })).toBeVisible();
  await typePin(page, '5555');
  await typePin(page, '5555');
  await expect(page.getByRole('status').filter({ hasText: 'PIN-koodi vaihdettiin.' })).toBeVisible();

  await lockAdmin(page);
  await holdCorner(page);
  await typePin(page, pin);
  await expect(page.getByRole('alert')).toHaveText(/^Väärä PIN-koodi/);
  await typePin(page, '5555');
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
