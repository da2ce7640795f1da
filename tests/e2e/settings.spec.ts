import type { Page } from '@playwright/test';
import { numberSettingRanges, settingTextMaxLength } from '../../shared/setting-limits.ts';
import { expect, test } from './kiosk-session.ts';
import {
  adminCall,
  button,
  firstQuestion,
  holdCorner,
  lockAdmin,
  openAdmin,
  openSection,
  pin,
  setPin,
  toClientScreen,
  typePin,
} from './reception.ts';

const languageButtons = (page: Page) =>
  page.getByRole('group', { name: /^(Kieli|Language)$/ }).getByRole('button');
const changeLog = (page: Page) => page.getByRole('table');
const offered = (page: Page, language: string) =>
  page.getByRole('checkbox', { name: new RegExp(`^${language}( \\(oletus\\))?$`) });

test.beforeEach(async ({ page, kiosk }) => {
  setPin(kiosk.dataDir);
  await toClientScreen(page, kiosk.host.url);
});

test('languages offered: the switcher shows only those, clients start in the first, and each change is logged', async ({
  page,
}) => {
  await openAdmin(page);
  await openSection(page, 'Asetukset');
  await offered(page, 'Ruotsi').uncheck();
  await offered(page, 'Selkosuomi').uncheck();
  await page.getByLabel('Kioskin nimi').fill('Aula');
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();

  await openSection(page, 'Yleiskatsaus');
  await expect(changeLog(page).getByRole('row').filter({ hasText: 'Kioskin nimi' })).toContainText('Aula');
  await expect(changeLog(page).getByRole('row').filter({ hasText: 'Kielet' })).toContainText(
    'Suomi, Englanti',
  );
  await lockAdmin(page);
  await expect(languageButtons(page)).toHaveText(['Suomi', 'English']);

  await openAdmin(page);
  await openSection(page, 'Asetukset');
  await button(page, 'Siirrä ylemmäs: Englanti').click();
  await expect(page.getByRole('checkbox', { name: 'Englanti (oletus)' })).toBeChecked();
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();
  await lockAdmin(page);
  await expect(page.getByRole('heading', { name: 'How was your visit today?' })).toBeVisible();
  await expect(languageButtons(page)).toHaveText(['English', 'Suomi']);
  await expect(button(page, 'English')).toHaveAttribute('aria-pressed', 'true');

  // Reception starts in the centre's first language too, and can switch back.
  await holdCorner(page);
  await expect(page.getByRole('heading', { name: 'Admin: type the PIN' })).toBeVisible();
  await typePin(page, pin);
  await expect(page.getByRole('heading', { name: 'Admin', exact: true })).toBeVisible();
  await page.getByRole('group', { name: 'Admin language' }).getByRole('button', { name: 'Suomi' }).click();
  await expect(page.getByRole('heading', { name: 'Ylläpito', exact: true })).toBeVisible();
});

test('a value the kiosk cannot take is refused with what was wrong, and nothing changes', async ({
  page,
  kiosk,
}) => {
  const before = await adminCall(kiosk.host.url, 'admin.settings');
  await openAdmin(page);
  await openSection(page, 'Asetukset');
  // The field tells the range the core checks, and a value just outside it is refused.
  const { min, max } = numberSettingRanges.idleSeconds;
  await expect(page.getByLabel('Odotusaika')).toHaveAccessibleDescription(
    new RegExp(` Sallittu ${min}–${max}\\.$`),
  );
  await expect(page.getByLabel('Kioskin nimi')).toHaveAttribute(
    'maxlength',
    String(settingTextMaxLength.kioskName),
  );
  await page.getByLabel('Odotusaika').fill(String(min - 1));
  await page.getByLabel('Kioskin nimi').fill('Aula');
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('alert')).toContainText([`Odotusaika: sallittu ${min}–${max}.`]);
  expect(await adminCall(kiosk.host.url, 'admin.settings')).toEqual(before);
  await page.getByLabel('Odotusaika').fill(String(max));

  // A crisis line's number must be a phone number, and its name may not be left out.
  const finnishLine = page.getByRole('group', { name: 'Suomeksi (myös selkosuomi)' });
  const { name, number } = (before as { crisisLines: { fi: { name: string; number: string } } }).crisisLines
    .fi;
  await finnishLine.getByLabel('Numero').fill('soita meille');
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('alert')).toContainText([
    'Suomeksi (myös selkosuomi): kirjoita numero numeroin; välilyönnit, viivat ja sulkeet käyvät, ja alkuun voi laittaa +.',
  ]);
  await finnishLine.getByLabel('Numero').fill(number);
  await finnishLine.getByLabel('Nimi').fill(' ');
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('alert')).toContainText([
    'Suomeksi (myös selkosuomi): kirjoita kriisipuhelimen nimi.',
  ]);
  expect(await adminCall(kiosk.host.url, 'admin.settings')).toEqual(before);
  await finnishLine.getByLabel('Nimi').fill(name);

  await page.getByLabel('Odotusaika').fill('');
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('alert')).toContainText(['Odotusaika: kirjoita kokonaisluku.']);

  for (const language of ['Suomi', 'Ruotsi', 'Englanti', 'Selkosuomi'])
    await offered(page, language).uncheck();
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('alert')).toContainText(['Valitse ainakin yksi kieli.']);
  expect(await adminCall(kiosk.host.url, 'admin.settings')).toEqual(before);
  await openSection(page, 'Yleiskatsaus');
  await expect(page.getByText('PIN-koodi', { exact: true })).toBeVisible();
  await expect(changeLog(page).getByRole('row')).toHaveCount(2);
});
