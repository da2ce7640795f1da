import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { runCli } from '../helpers/cli.ts';
import { expect, test } from './kiosk-session.ts';

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on every screen a client or reception meets.
 * Each screen is reached the way a person reaches it, then checked as it stands.
 */
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const found = violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(found, `axe violations on the ${screen} screen`).toEqual([]);
}

test('the client screens: start, follow-up, comment, thank-you, help, idle warning, large text, About', async ({ page, kiosk }) => {
  await page.goto(kiosk.host.url);
  await expect(page.getByRole('heading', { name: 'Millainen käyntisi oli tänään?' })).toBeVisible();
  await expectNoViolations(page, 'start');

  await button(page, 'Erittäin huono').click();
  await expect(page.getByRole('heading', { name: 'Mikä vaikutti eniten?' })).toBeVisible();
  await expectNoViolations(page, 'follow-up');

  await button(page, 'Ohita').click();
  await expect(page.getByRole('heading', { name: 'Haluatko kertoa lisää?' })).toBeVisible();
  await page.getByRole('textbox').fill('Soita 040 123 4567');
  await expectNoViolations(page, 'comment with scrubbed preview');

  await page.clock.runFor(45_000);
  await expect(page.getByRole('alertdialog')).toBeVisible();
  await expectNoViolations(page, 'idle warning');
  await button(page, 'Lisää aikaa').click();

  await button(page, 'Lähetä').click();
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  await expectNoViolations(page, 'thank-you with help');

  await button(page, 'Tarvitsetko apua nyt?').click();
  await expect(page.getByRole('heading', { name: 'Apua on saatavilla' })).toBeVisible();
  await expectNoViolations(page, 'help');
  await button(page, 'Takaisin').click();

  await page.clock.runFor(21_000);
  await button(page, 'Isompi teksti').click();
  await button(page, 'English').click();
  await expect(page.getByRole('heading', { name: 'How was your visit today?' })).toBeVisible();
  await expectNoViolations(page, 'start in large text, English');

  await button(page, 'About').click();
  await expect(page.getByText('CC BY-SA 4.0').first()).toBeVisible();
  await expectNoViolations(page, 'About');
});

test('the reception screens: PIN pad and admin view', async ({ page, kiosk }) => {
  expect(runCli(['kiosk', 'config', '--data', kiosk.dataDir, '--pin', '4821']).status).toBe(0);
  await page.goto(kiosk.host.url);
  await expect(page.getByRole('heading', { name: 'Millainen käyntisi oli tänään?' })).toBeVisible();
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.clock.runFor(3_000);
  await page.mouse.up();
  await expect(page.getByRole('heading', { name: 'Ylläpito: kirjoita PIN-koodi' })).toBeVisible();
  await expectNoViolations(page, 'PIN pad');
  for (const digit of '4821') await button(page, digit).click();
  await button(page, 'OK').click();
  await expect(page.getByRole('heading', { name: 'Ylläpito', exact: true })).toBeVisible();
  await expectNoViolations(page, 'admin view');
});
