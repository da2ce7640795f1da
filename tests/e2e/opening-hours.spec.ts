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
  await day(page, 'Perjantai').getByLabel('Sulkeutuu').fill('14:00');
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
  await day(page, 'Tiistai').getByLabel('Aukeaa').fill('16:00');
  await day(page, 'Tiistai').getByLabel('Sulkeutuu').fill('08:00');
  await button(page, 'Tallenna').click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Ei tallennettu, mitään ei muutettu.' }),
  ).toContainText('closing time must be after opening time');
  expect((await adminCall(kiosk.url, 'admin.settings')).openingHours).toBeNull();
  await lockAdmin(page);
  await expect(page.getByRole('heading', { name: firstQuestion })).toBeVisible();
});
