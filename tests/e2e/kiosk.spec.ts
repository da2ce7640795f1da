import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type RunningHost } from '../helpers/cli.ts';

const faces = ['Erittäin huono', 'Huono', 'Ei hyvä eikä huono', 'Hyvä', 'Erittäin hyvä'];

let dataDir: string;
let host: RunningHost;

test.beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-'));
  host = await serve('kiosk', dataDir);
});

test.afterEach(async () => {
  await host.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

function storedValues(): number[] {
  const db = new Database(join(dataDir, 'kiosk.sqlite3'), { readonly: true });
  try {
    return db.prepare<[], { value: number }>('SELECT value FROM responses').all().map((row) => row.value);
  } finally {
    db.close();
  }
}

test('the question shows five faces, each a button with its own name', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Millainen käyntisi oli tänään?');
  for (const name of faces) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  const box = await page.getByRole('button', { name: 'Hyvä', exact: true }).boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(160);
  expect(box!.height).toBeGreaterThanOrEqual(160);
});

test('a tapped face shows thank-you, returns to the question, and survives a killed host', async ({ page }) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Erittäin hyvä', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Millainen käyntisi oli tänään?' })).toBeVisible({ timeout: 10_000 });

  await host.stop('SIGKILL');
  host = await serve('kiosk', dataDir);
  expect(storedValues()).toEqual([5]);
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Erittäin hyvä', exact: true })).toBeEnabled();
});

test('a face can be chosen with the keyboard alone', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Huono', exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Huono', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  expect(storedValues()).toEqual([2]);
});

test('when the answer cannot be saved there is no thank-you: the client is told, and the kiosk recovers', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Hyvä', exact: true })).toBeVisible();
  await host.stop();
  await page.getByRole('button', { name: 'Hyvä', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Vastaustasi ei voitu tallentaa');
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Takaisin alkuun' }).click();
  await expect(page.getByRole('alert')).toContainText('Kysely ei ole juuri nyt käytössä');
});
