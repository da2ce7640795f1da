import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dashboardPlan } from './fixtures/dashboard-plan.ts';
import { staffFolderWithAnswers } from './fixtures/staff-with-answers.ts';
import {
  expect,
  expectNoViolations,
  heading,
  reportCount,
  startStaff,
  test as base,
} from './staff-session.ts';

/**
 * The results dashboard in Chromium, over answers three real kiosks took in two centres in
 * October and November 2026 and the staff core imported from their batches (see dashboard-plan.ts).
 * Each test serves its own copy of that staff folder, so changing k in one leaves the others be.
 */
let prepared: string;
/** The kiosks' ids, in the plan's order. */
let kioskIds: string[];

base.beforeAll(async () => {
  ({ dataDir: prepared, kioskIds } = await staffFolderWithAnswers(dashboardPlan));
});
base.afterAll(() => rmSync(prepared, { recursive: true, force: true }));

const test = base.extend<{ withAnswers: Awaited<ReturnType<typeof startStaff>> }>({
  withAnswers: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-dashboard-'));
    cpSync(prepared, dataDir, { recursive: true });
    const staff = await startStaff({ dataDir });
    await use(staff);
    await staff.stop();
  },
});

const feltHeard = 'Miten hyvin tulit kuulluksi tänään?';
const card = (page: Page, question: string) => page.getByRole('region', { name: question, exact: true });

/** Waits until the dashboard has answered the filter just chosen. */
async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('each question shows its counts, small ones as "alle 5", under one grey segment whose width hides them', async ({
  page,
  withAnswers,
}) => {
  await page.goto(withAnswers.url);
  await expect(heading(page, 'Tulokset')).toBeVisible();
  const count = reportCount(page, feltHeard);
  await expect(count('Erittäin huono')).toHaveText('alle 5');
  await expect(count('Huono')).toHaveText('alle 5');
  await expect(count('Ei hyvä eikä huono')).toHaveText('6');
  await expect(count('Hyvä')).toHaveText('23');
  await expect(count('Erittäin hyvä')).toHaveText('17');
  await expect(count('Yhteensä')).toHaveText('50');
  const question = card(page, feltHeard);
  await expect(question.getByText('Vastauksia: 50')).toBeVisible();
  await expect(question.getByText('Kysymys felt-heard, versio 1')).toBeVisible();
  // Two hidden values, one hatched segment between them, named in the legend.
  await expect(question.locator('svg rect[fill^="url("]')).toHaveCount(1);
  await expect(
    question.getByRole('img', { name: /Erittäin huono: alle 5; Huono: alle 5; .*Yhteensä: 50/ }),
  ).toBeVisible();
  // A zero is a zero: nothing hidden about no one.
  await expect(
    reportCount(page, 'Kuinka turvalliseksi tunsit olosi täällä tänään?')('Erittäin huono'),
  ).toHaveText('0');
  await expect(page.getByRole('heading', { level: 3, name: 'Ei osallisuuden aluetta' })).toBeVisible();
  await expectNoViolations(page, 'dashboard');
});

test('the filters change the numbers: repeats, a kiosk (its complementary cell hidden too), a month, a centre', async ({
  page,
  withAnswers,
}) => {
  await page.goto(withAnswers.url);
  const count = reportCount(page, feltHeard);
  await expect(count('Yhteensä')).toHaveText('50');

  await page.getByRole('switch', { name: 'Ota mukaan nopeat uusintavastaukset' }).check();
  await expect(count('Erittäin hyvä')).toHaveText('22');
  await expect(count('Yhteensä')).toHaveText('55');
  await page.getByRole('switch', { name: 'Ota mukaan nopeat uusintavastaukset' }).uncheck();
  await expect(count('Yhteensä')).toHaveText('50');

  // The first kiosk: one very bad and two bad answers, and one more cell hidden with them, so
  // that the total less the cells shown gives neither away.
  const place = page.getByLabel('Paikka', { exact: true });
  await place.selectOption({ label: `Kioski ${kioskIds[0]}` });
  await expect(count('Yhteensä')).toHaveText('26');
  await expect(count('Hyvä')).toHaveText('11');
  await expect(count('Erittäin huono')).toHaveText('alle 5');
  await expect(count('Huono')).toHaveText('alle 5');
  const answers = card(page, feltHeard).getByRole('table').first().locator('tbody td:nth-of-type(1)');
  await expect(answers.filter({ hasText: /^alle 5$/ })).toHaveCount(3);

  await place.selectOption({ label: 'Toimipiste Sörnäinen' });
  await expect(count('Yhteensä')).toHaveText('12');
  await place.selectOption({ label: 'Kaikki kioskit' });

  await page.getByLabel('Ajanjakso', { exact: true }).selectOption('month');
  await expect(page.getByLabel('Vuosi', { exact: true })).toHaveValue('2026');
  await page.getByLabel('Kuukausi', { exact: true }).selectOption('10');
  await expect(count('Yhteensä')).toHaveText('12');
  await expect(card(page, 'Kuinka turvalliseksi tunsit olosi täällä tänään?')).toHaveCount(0);
  await page.getByLabel('Kuukausi', { exact: true }).selectOption('11');
  await expect(count('Yhteensä')).toHaveText('38');
  // Its trend by week: a week whose share needs a hidden count is marked hidden, not 0 %.
  const question = card(page, feltHeard);
  await question.getByRole('heading', { name: 'Myönteiset viikoittain' }).waitFor();
  await question.getByText('Näytä taulukkona').nth(1).click();
  const trend = question.getByRole('table', { name: 'Myönteiset viikoittain' });
  const weekShare = (week: RegExp) => trend.getByRole('row', { name: week }).getByRole('cell').first();
  await expect(weekShare(/^9\.–15\.11\. /)).toHaveText('piilotettu (alle 5)');
  await expect(weekShare(/^23\.–29\.11\. /)).toHaveText('ei vastauksia');

  await page.getByRole('switch', { name: 'Näytä osat rinnakkain' }).check();
  const parts = question.getByRole('heading', { name: 'Osat rinnakkain' });
  await expect(parts).toBeVisible();
  await question.getByText('Näytä taulukkona').nth(2).click();
  const side = question.getByRole('table', { name: 'Osat rinnakkain' });
  await expect(
    side
      .getByRole('row', { name: /^Toimipiste Kallio / })
      .getByRole('cell')
      .last(),
  ).toHaveText('26');
  await settled(page);
  await expectNoViolations(page, 'dashboard with its filters and tables open');

  // No kiosk yet says which language it was answered in: a language shows the empty state.
  await page.getByLabel('Vastauskieli', { exact: true }).selectOption('fi');
  await expect(page.getByText('Tältä ajalta ja paikalta ei ole vastauksia.')).toBeVisible();
  await expect(page.getByText(/Valitse pidempi ajanjakso/)).toBeVisible();
  await expectNoViolations(page, 'dashboard, empty');
});

test('k decides what is hidden: raised to 7 it hides the 6, and it is never set below 3', async ({
  page,
  withAnswers,
}) => {
  await page.goto(withAnswers.url);
  const count = reportCount(page, feltHeard);
  await expect(count('Ei hyvä eikä huono')).toHaveText('6');
  const form = page.getByRole('form', { name: 'Pienten lukujen suojaus' });
  const k = form.getByLabel('Pienin näytettävä määrä', { exact: true });
  await expect(k).toHaveValue('5');

  await k.fill('2');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(form.getByRole('alert')).toHaveText(/väliltä 3–50/);
  await expect(k).toHaveAttribute('aria-invalid', 'true');
  await expect(count('Erittäin huono')).toHaveText('alle 5');

  await k.fill('7');
  await form.getByRole('button', { name: 'Tallenna' }).click();
  await expect(count('Ei hyvä eikä huono')).toHaveText('alle 7');
  await expect(count('Erittäin huono')).toHaveText('alle 7');
  await expect(count('Hyvä')).toHaveText('23');
  await expect(page.getByRole('form', { name: 'Pienten lukujen suojaus' }).getByRole('status')).toHaveText(
    'Tallennettu: luvut alle 7 piilotetaan.',
  );
});

test('the dashboard is used by keyboard alone: Tab order through the filters, Space and Enter on the switches', async ({
  page,
  withAnswers,
}) => {
  await page.goto(withAnswers.url);
  await expect(reportCount(page, feltHeard)('Yhteensä')).toHaveText('50');
  await page.getByRole('navigation', { name: 'Osiot' }).getByRole('button', { name: 'Avaimet' }).focus();
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const labelled = element?.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
      return labelled ?? element?.closest('label')?.textContent ?? element?.textContent ?? '';
    });
  const order: string[] = [];
  for (let step = 0; step < 8; step += 1) {
    await page.keyboard.press('Tab');
    order.push((await focused()).trim());
  }
  expect(order).toEqual([
    'Ajanjakso',
    'Paikka',
    'Vastauskieli',
    'Ota mukaan nopeat uusintavastaukset',
    'Näytä osat rinnakkain',
    'Pienin näytettävä määrä',
    'Tallenna',
    'Näytä taulukkona',
  ]);

  // Back to the switches: Space turns repeats on, Enter shows the parts side by side.
  await page.getByRole('switch', { name: 'Ota mukaan nopeat uusintavastaukset' }).focus();
  await page.keyboard.press('Space');
  await expect(reportCount(page, feltHeard)('Yhteensä')).toHaveText('55');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('switch', { name: 'Näytä osat rinnakkain' })).toBeChecked();
  await expect(card(page, feltHeard).getByRole('heading', { name: 'Osat rinnakkain' })).toBeVisible();

  // A chart's table opens from the keyboard.
  const question = card(page, feltHeard);
  await question.getByText('Näytä taulukkona').nth(1).focus();
  await page.keyboard.press('Enter');
  const months = question.getByRole('table', { name: 'Myönteiset kuukausittain' });
  await expect(months).toBeVisible();
  // October's twelve answers were all good or very good.
  await expect(
    months
      .getByRole('row', { name: /^loka 2026 / })
      .getByRole('cell')
      .first(),
  ).toHaveText('100 %');

  // And a list is changed by keys too.
  await page.getByLabel('Ajanjakso', { exact: true }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel('Vuosi', { exact: true })).toBeVisible();
  await expect(reportCount(page, feltHeard)('Yhteensä')).toHaveText('55');
});

test('a staff tool with no answers yet says what to do, and passes axe', async ({ page }) => {
  const staff = await startStaff({
    dataDir: (await staffFolderWithAnswers([])).dataDir,
  });
  try {
    await page.goto(staff.url);
    await expect(page.getByText('Tältä ajalta ja paikalta ei ole vastauksia.')).toBeVisible();
    await expect(page.getByText(/tuo ne kohdassa Tuonti/)).toBeVisible();
    await expectNoViolations(page, 'dashboard with nothing imported');
  } finally {
    await staff.stop();
  }
});
