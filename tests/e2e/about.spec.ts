import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { handleStaticRequest } from '../../electron/host/static-route.ts';
import { projectRoot } from '../helpers/project.ts';

// The About screen is not reachable from the kiosk's start screen yet, so it is built on its own
// with the renderer's Vite config and served by the host's static route, under the real CSP.
let outDir: string;
let server: Server;
let url: string;

test.beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-about-'));
  await build({
    configFile: join(projectRoot, 'build', 'vite.config.ts'),
    root: join(projectRoot, 'tests', 'e2e', 'fixtures', 'about'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  server = createServer((request, response) => void handleStaticRequest(request, response, outDir, 'kiosk'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(outDir, { recursive: true, force: true });
});

test('credits OpenMoji by name, licence and address, and names Kuulluksi and its licence', async ({
  page,
}) => {
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1, name: 'Tietoja' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Kuulluksi' })).toBeVisible();
  await expect(
    page.getByText('Ohjelmistolla ei ole avointa lisenssiä. Kaikki oikeudet pidätetään.'),
  ).toBeVisible();
  await expect(
    page.getByText('Kaikki kuvat on suunnitellut OpenMoji – avoimen lähdekoodin emoji- ja ikoniprojekti.'),
  ).toBeVisible();
  await expect(
    page.getByText('Lisenssi: CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0)'),
  ).toBeVisible();
  await expect(page.getByText('Verkkosivu: openmoji.org')).toBeVisible();
});

test('every bundled pictogram loads under the CSP, beside its name, hidden from screen readers', async ({
  page,
}) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  await page.goto(url);
  const pictograms = page.getByRole('list', { name: 'Tässä kioskissa käytetyt kuvat' }).getByRole('listitem');
  const bundledSvgs = readdirSync(join(outDir, 'assets')).filter((file) => file.endsWith('.svg'));
  await expect(pictograms).toHaveCount(bundledSvgs.length);
  await expect(pictograms.filter({ hasText: 'thumbs-up' })).toHaveCount(1);

  const images = page.locator('li img');
  await expect(images).toHaveCount(bundledSvgs.length);
  for (const image of await images.all()) {
    await expect(image).toHaveAttribute('alt', '');
    await expect(image).toHaveAttribute('aria-hidden', 'true');
    await expect(image).toHaveAttribute('src', /^\/assets\/[^/]+\.svg$/);
    await expect
      .poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0))
      .toBe(true);
  }
  expect(refused).toEqual([]);
});

test('the close button hands control back', async ({ page }) => {
  await page.goto(url);
  await page.getByRole('button', { name: 'Sulje' }).click();
  await expect(page.getByRole('status')).toHaveText('closed');
});

test('speaks the chosen language', async ({ page }) => {
  await page.goto(`${url}?lang=en`);
  await expect(page.getByRole('heading', { level: 1, name: 'About' })).toBeVisible();
  await expect(
    page.getByText('All emojis designed by OpenMoji – the open-source emoji and icon project.'),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Close' })).toBeVisible();
});
