import { expect, test, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockoutSeconds, wrongPinLimit } from '../../shared/admin-access.ts';
import { runCli, serve, type RunningHost } from '../helpers/cli.ts';

const faces = ['Erittäin huono', 'Huono', 'Ei hyvä eikä huono', 'Hyvä', 'Erittäin hyvä'];
const question = 'Millainen käyntisi oli tänään?';

let dataDir: string;
let host: RunningHost;

test.beforeEach(async ({ page }) => {
  dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-admin-'));
  host = await serve('kiosk', dataDir);
  // The page's timers run on a clock the test moves, so holds and idle minutes take no real time.
  await page.clock.install();
});

test.afterEach(async () => {
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function holdCorner(page: Page, ms = 3000) {
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.clock.runFor(ms);
  await page.mouse.up();
}

async function typePin(page: Page, pin: string) {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
}

test('holding the corner for three seconds opens the PIN pad; a shorter hold does nothing', async ({ page }) => {
  await page.goto(host.url);
  await holdCorner(page, 2500);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await expect(page.getByLabel('PIN-koodi')).toHaveCount(0);
  await holdCorner(page);
  await expect(page.getByRole('heading', { name: 'Valitse ylläpidon PIN-koodi' })).toBeVisible();
});

test('the first PIN is chosen twice; the admin view shows counts only, never an answer or a comment', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Erittäin huono', exact: true }).click();
  await page.getByRole('button', { name: 'Ohita' }).click();
  await page.getByRole('textbox', { name: 'Oma viestisi' }).fill('Kahvi loppui kesken');
  await page.getByRole('button', { name: 'Lähetä' }).click();
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  await page.clock.runFor(20_000);

  await holdCorner(page);
  await typePin(page, '4821');
  await expect(page.getByRole('heading', { name: 'Kirjoita sama PIN-koodi uudelleen' })).toBeVisible();
  await typePin(page, '4822');
  await expect(page.getByRole('alert')).toHaveText('Koodit eivät olleet samat. Aloita alusta.');
  await typePin(page, '4821');
  await typePin(page, '4821');

  await expect(page.getByRole('heading', { name: 'Ylläpito', exact: true })).toBeVisible();
  await expect(page.getByText('Vientiä odottaa 1 vastaus.')).toBeVisible();
  const shown = await page.locator('body').innerText();
  for (const told of [...faces, 'Kahvi loppui kesken']) expect(shown).not.toContain(told);

  await page.getByRole('button', { name: 'Lukitse ja palaa' }).click();
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await holdCorner(page);
  await expect(page.getByRole('heading', { name: 'Ylläpito: kirjoita PIN-koodi' })).toBeVisible();
});

test(`${wrongPinLimit} wrong PINs lock the pad, and restarting the kiosk does not unlock it`, async ({ page }) => {
  expect(runCli(['kiosk', 'config', '--data', dataDir, '--pin', '4821']).status).toBe(0);
  await page.goto(host.url);
  await holdCorner(page);
  for (let tries = wrongPinLimit - 1; tries >= 1; tries--) {
    await typePin(page, '1111');
    await expect(page.getByRole('alert')).toHaveText(`Väärä PIN-koodi. Yrityksiä jäljellä: ${tries}.`);
  }
  await typePin(page, '1111');
  const lockedOut = `Liian monta väärää yritystä. Kokeile uudelleen ${lockoutSeconds / 60} minuutin kuluttua.`;
  await expect(page.getByRole('alert')).toHaveText(lockedOut);

  await host.stop('SIGKILL');
  host = await serve('kiosk', dataDir);
  await page.goto(host.url);
  await holdCorner(page);
  await expect(page.getByRole('alert')).toHaveText(lockedOut);
  await expect(page.getByLabel('PIN-koodi')).toHaveCount(0);
});

test('the admin view locks itself after a minute without a touch and returns to the question', async ({ page }) => {
  expect(runCli(['kiosk', 'config', '--data', dataDir, '--pin', '4821']).status).toBe(0);
  await page.goto(host.url);
  await holdCorner(page);
  await typePin(page, '4821');
  await expect(page.getByRole('heading', { name: 'Ylläpito', exact: true })).toBeVisible();
  await page.clock.runFor(59_000);
  await expect(page.getByRole('heading', { name: 'Ylläpito', exact: true })).toBeVisible();
  await page.clock.runFor(2_000);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await holdCorner(page);
  await expect(page.getByRole('heading', { name: 'Ylläpito: kirjoita PIN-koodi' })).toBeVisible();
});
