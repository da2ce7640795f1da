import type { Locator, Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fillWithReportScene, reportScene } from '../helpers/report-data.ts';
import {
  expect,
  expectNoViolations,
  heading,
  launcherPassphrase,
  startStaff,
  test as base,
  testSealing,
} from './staff-session.ts';

/**
 * The social report section in Chromium, over a quarter of real answers imported by the staff
 * core: staff choose the quarter, type the client panel's words and what changed, and the preview
 * shows them beside the protected figures, all by keyboard alone.
 */
const test = base.extend({
  staff: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-report-'));
    await fillWithReportScene(dataDir, launcherPassphrase, testSealing);
    const staff = await startStaff({ dataDir });
    await use(staff);
    await staff.stop();
  },
});

/** Presses Tab until `target` has the focus, as a keyboard user gets there. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 200; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the element');
}

const preview = (page: Page) => page.getByRole('region', { name: 'Esikatselu' });

test('staff type the panel’s words by keyboard and the preview shows them beside the protected figures', async ({
  page,
  staff,
}) => {
  await page.goto(staff.url);
  const nav = page.getByRole('navigation', { name: 'Osiot' });
  await tabTo(page, nav.getByRole('button', { name: 'Raportti päättäjille', exact: true }));
  await page.keyboard.press('Enter');
  await expect(heading(page, 'Raportti päättäjille')).toBeVisible();

  // A select takes typed letters without opening: the year, then October–December.
  await tabTo(page, page.getByLabel('Vuosi'));
  await page.keyboard.type('2026');
  await tabTo(page, page.getByLabel('Neljännes'));
  await page.keyboard.type('loka');
  await expect(page.getByLabel('Neljännes')).toHaveValue('4');
  await expect(preview(page).getByRole('heading', { level: 3 })).toHaveText(
    'Asiakkaiden palaute: loka–joulukuu 2026',
  );
  await expect(preview(page)).toContainText('Kalliokoti');
  await expect(
    preview(page).getByRole('table', { name: 'Miten hyvin tulit kuulluksi tänään?' }),
  ).toContainText('alle 5');
  await expect(preview(page)).toContainText(/erä 2 ei koskaan saapunut/);

  const panel = page.getByLabel('Asiakasraadin sanat');
  await expect(panel).toHaveValue(reportScene.panelWords);
  await tabTo(page, panel);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Raati kiittää uusista tuoleista.');
  await tabTo(page, page.getByLabel('Mitä keskus muutti'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Hankimme kymmenen tuolia.');
  await tabTo(page, page.getByRole('button', { name: 'Tallenna tekstit' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Tekstit on tallennettu.' })).toBeVisible();
  await expect(preview(page)).toContainText('Raati kiittää uusista tuoleista.');
  await expect(preview(page)).toContainText('Hankimme kymmenen tuolia.');
  await expect(preview(page)).not.toContainText(reportScene.panelWords);

  await expect(page.getByRole('region', { name: 'Juliste ilmoitustaululle' })).toContainText(
    'Saimme 15 vastausta.',
  );
  await expectNoViolations(page, 'social report');
});

test('a text too long is refused by its name and what was typed stays', async ({ page, staff }) => {
  await page.goto(staff.url);
  await page
    .getByRole('navigation', { name: 'Osiot' })
    .getByRole('button', { name: 'Raportti päättäjille' })
    .click();
  const changes = page.getByLabel('Mitä keskus muutti');
  // The field stops typing at the limit; a longer text can only arrive pasted past it, as here.
  await changes.evaluate((field: HTMLTextAreaElement) => field.removeAttribute('maxlength'));
  await changes.fill('x'.repeat(4001));
  await page.getByRole('button', { name: 'Tallenna tekstit' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /at most 4000 characters/ })).toBeVisible();
  await expect(changes).toHaveValue('x'.repeat(4001));
});
