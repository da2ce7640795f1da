import type { Page } from '@playwright/test';
import { expect, testOnClock as test } from './kiosk-session.ts';
import {
  adminCall,
  button,
  firstQuestion,
  holdCorner,
  lockAdmin,
  openAdmin,
  openSection,
  setPin,
  toClientScreen,
} from './reception.ts';

// Monday 16 November 2026, 07:00 on the kiosk's clock: before a usual opening time.
test.use({ clockStart: new Date(2026, 10, 16, 7, 0) });

const closedNow = (page: Page) => page.getByRole('heading', { level: 1, name: 'Kioski on nyt kiinni.' });
const day = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

/** One time field of a weekday (Aukeaa, Sulkeutuu): a list of hours and a list of minutes. */
const timeField = (page: Page, weekday: string, which: string) =>
  day(page, weekday).getByRole('group', { name: which, exact: true });

/** Sets a time as reception does, from the two lists; `words` name the lists in the admin view's language. */
async function setTime(
  page: Page,
  weekday: string,
  which: string,
  time: string,
  words = { hour: 'tunti', minutes: 'minuutit' },
): Promise<void> {
  const [hour = '', minutes = ''] = time.split(':');
  const field = timeField(page, weekday, which);
  await field.getByRole('combobox', { name: `${which}: ${words.hour}` }).selectOption(hour);
  await field.getByRole('combobox', { name: `${which}: ${words.minutes}` }).selectOption(minutes);
}

test.beforeEach(async ({ page, kioskOnClock: kiosk }) => {
  setPin(kiosk.dataDir);
  await toClientScreen(page, kiosk.url);
});

test('outside opening hours a calm closed screen takes no answers; the corner still works; it opens on time', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  await openAdmin(page);
  await openSection(page, 'Aukioloajat');
  await page.getByLabel('Auki vain näinä aikoina').check();
  // Monday to Friday 8–16 is offered first; Friday closes early.
  await setTime(page, 'Perjantai', 'Sulkeutuu', '14:00');
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();
  await openSection(page, 'Yleiskatsaus');
  await expect(page.getByRole('row').filter({ hasText: 'Aukioloajat' })).toContainText(
    'Maanantai 8.00–16.00, Tiistai 8.00–16.00, Keskiviikko 8.00–16.00, Torstai 8.00–16.00, Perjantai 8.00–14.00, Lauantai kiinni koko päivän',
  );
  await lockAdmin(page);

  await expect(closedNow(page)).toBeVisible();
  await expect(page.getByText('Avaamme taas maanantaina klo 8.00.')).toBeVisible();
  await expect(page.getByText('The kiosk is closed now. We open again on Monday at 8:00.')).toBeVisible();
  await expect(page.getByRole('button')).toHaveText(['Tarvitsetko apua nyt?']);
  expect(kiosk.answers()).toEqual([]);

  await holdCorner(page);
  await expect(page.getByRole('heading', { name: 'Ylläpito: kirjoita PIN-koodi' })).toBeVisible();
  await button(page, 'Peruuta').click();
  await expect(closedNow(page)).toBeVisible();

  // 08:00 comes while the closed screen waits: within a minute the question is back.
  kiosk.advanceSeconds(60 * 60);
  await page.clock.runFor(60_000);
  await expect(page.getByRole('heading', { name: firstQuestion })).toBeVisible();
  await button(page, 'Hyvä').click();
  await expect(page.getByRole('heading', { name: 'Mikä vaikutti eniten?' })).toBeVisible();
  expect(kiosk.answers().map((answer) => answer.value)).toEqual([4]);

  kiosk.advanceSeconds(8 * 60 * 60);
  await page.reload();
  await expect(closedNow(page)).toBeVisible();
  await expect(page.getByText('Avaamme taas tiistaina klo 8.00.')).toBeVisible();

  kiosk.advanceDays(4);
  await page.reload();
  await expect(page.getByText('Avaamme taas maanantaina klo 8.00.')).toBeVisible();
});

test('a closing time before the opening time is refused with its reason, and nothing changes', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  await openAdmin(page);
  await openSection(page, 'Aukioloajat');
  await page.getByLabel('Auki vain näinä aikoina').check();
  await setTime(page, 'Tiistai', 'Aukeaa', '16:00');
  await setTime(page, 'Tiistai', 'Sulkeutuu', '08:00');
  await button(page, 'Tallenna').click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Ei tallennettu, mitään ei muutettu.' }),
  ).toContainText('closing time must be after opening time');
  expect((await adminCall(kiosk.url, 'admin.settings')).openingHours).toBeNull();
  await lockAdmin(page);
  await expect(page.getByRole('heading', { name: firstQuestion })).toBeVisible();
});

test('opening hours are set and shown in 24-hour time, as Finnish and Swedish write it', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  const everyHour = Array.from({ length: 24 }, (_, hour) => String(hour));
  /** What the field shows: the chosen hour, the mark between, the chosen minutes; and every hour offered. */
  const shown = async (weekday: string, which: string) => {
    const field = timeField(page, weekday, which);
    const [hour, minutes] = [field.getByRole('combobox').first(), field.getByRole('combobox').last()];
    // A retrying assertion: the lists fill in as the section draws, which takes longer on a busy machine.
    await expect(hour.locator('option')).toHaveText(everyHour);
    return [
      await hour.locator('option:checked').textContent(),
      await field.locator('[aria-hidden="true"]').textContent(),
      await minutes.locator('option:checked').textContent(),
    ].join('');
  };

  await openAdmin(page);
  await openSection(page, 'Aukioloajat');
  await page.getByLabel('Auki vain näinä aikoina').check();
  expect(await shown('Maanantai', 'Aukeaa')).toBe('8.00');
  expect(await shown('Maanantai', 'Sulkeutuu')).toBe('16.00');
  await setTime(page, 'Perjantai', 'Sulkeutuu', '14:30');
  expect(await shown('Perjantai', 'Sulkeutuu')).toBe('14.30');
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();
  expect((await adminCall(kiosk.url, 'admin.settings')).openingHours.fri).toEqual({
    opens: '08:00',
    closes: '14:30',
  });
  await openSection(page, 'Yleiskatsaus');
  await expect(page.getByRole('row').filter({ hasText: 'Aukioloajat' })).toContainText(
    'Perjantai 8.00–14.30',
  );
  // The change was made at 7.00 on the kiosk's clock.
  await expect(page.getByRole('row').filter({ hasText: 'Aukioloajat' })).toContainText('16.11.2026 klo 7.00');

  // The same view in Swedish, as reception switches it.
  await page.getByRole('group', { name: 'Ylläpidon kieli' }).getByRole('button', { name: 'Svenska' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Öppettider' })).toContainText('Fredag 8.00–14.30');
  await expect(page.getByRole('row').filter({ hasText: 'Öppettider' })).toContainText('16.11.2026 kl. 7.00');
  await page
    .getByRole('navigation', { name: 'Administrationens delar' })
    .getByRole('button', { name: 'Öppettider', exact: true })
    .click();
  expect(await shown('Måndag', 'Öppnar')).toBe('8.00');
  expect(await shown('Fredag', 'Stänger')).toBe('14.30');
  await setTime(page, 'Fredag', 'Stänger', '17:05', { hour: 'timme', minutes: 'minuter' });
  expect(await shown('Fredag', 'Stänger')).toBe('17.05');
  await button(page, 'Spara').click();
  await expect(page.getByRole('status').filter({ hasText: 'Sparat.' })).toBeVisible();
  expect((await adminCall(kiosk.url, 'admin.settings')).openingHours.fri.closes).toBe('17:05');
});
