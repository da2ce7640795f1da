/**
 * `npm run screenshots`: every client and reception screen at every kiosk layout, as PNG files
 * under screenshots/<layout>/ (git-ignored), for a person to look at. Uses Debian's Chromium
 * against a real `kuulluksi serve` with its own temp data, so what is pictured is what runs.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.ts';
import { startKiosk } from '../e2e/kiosk-session.ts';

const layouts = {
  'landscape-1920x1080': { width: 1920, height: 1080 },
  'landscape-1366x768': { width: 1366, height: 768 },
  'portrait-1080x1920': { width: 1080, height: 1920 },
} as const;

const outDir = join(import.meta.dirname, '..', '..', 'screenshots');
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Each screen in the order a person meets it; each step leaves the page on the screen named. */
const screens: [string, (page: Page) => Promise<void>][] = [
  ['01-start', async (page) => void (await page.getByRole('heading', { level: 1 }).waitFor())],
  ['02-follow-up', async (page) => button(page, 'Huono').click()],
  ['03-comment', async (page) => button(page, 'Ohita').click()],
  ['04-comment-scrubbed', async (page) => page.getByRole('textbox').fill('Soittakaa 040 123 4567, kiitos')],
  ['05-idle-warning', async (page) => page.clock.runFor(45_000)],
  ['06-thanks', async (page) => {
    await button(page, 'Lisää aikaa').click();
    await button(page, 'Lähetä').click();
  }],
  ['07-help', async (page) => button(page, 'Tarvitsetko apua nyt?').click()],
  ['08-thanks-after-hardest-answer', async (page) => {
    await button(page, 'Takaisin').click();
    await page.clock.runFor(6_000);
    await button(page, 'Erittäin huono').click();
    await button(page, 'Ohita').click();
    await button(page, 'Ohita').click();
  }],
  ['09-start-english-large-text', async (page) => {
    await page.clock.runFor(21_000);
    await button(page, 'English').click();
    await button(page, 'Larger text').click();
  }],
  ['10-start-easy-finnish', async (page) => {
    await button(page, 'Larger text').click();
    await button(page, 'Selkosuomi').click();
  }],
  ['11-about', async (page) => {
    await button(page, 'Suomi').click();
    await button(page, 'Tietoja').click();
  }],
  ['12-pin-pad', async (page) => {
    await button(page, 'Sulje').click();
    await page.mouse.move(20, 20);
    await page.mouse.down();
    await page.clock.runFor(3_000);
    await page.mouse.up();
  }],
  ['13-admin-view', async (page) => {
    for (const digit of '4821') await button(page, digit).click();
    await button(page, 'OK').click();
    await page.getByRole('heading', { name: 'Ylläpito', exact: true }).waitFor();
  }],
];

const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const [layout, viewport] of Object.entries(layouts)) {
    const kiosk = await startKiosk();
    try {
      if (runCli(['kiosk', 'config', '--data', kiosk.dataDir, '--pin', '4821']).status !== 0) throw new Error('could not set the PIN');
      const page = await browser.newPage({ viewport });
      await page.clock.install();
      await page.goto(kiosk.host.url);
      mkdirSync(join(outDir, layout), { recursive: true });
      for (const [name, reach] of screens) {
        await reach(page);
        await page.waitForTimeout(300);
        await page.screenshot({ path: join(outDir, layout, `${name}.png`), fullPage: true });
      }
      await page.close();
      process.stdout.write(`${layout}: ${screens.length} screens\n`);
    } finally {
      await kiosk.stop();
    }
  }
} finally {
  await browser.close();
}
process.stdout.write(`Screenshots are in ${outDir}\n`);
