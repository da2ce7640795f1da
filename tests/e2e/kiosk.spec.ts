import { expect, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, type RunningHost } from '../../build/serve-host.ts';

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

function storedAnswers(): { value: number; comment: string | null }[] {
  const db = new Database(join(dataDir, 'kiosk.sqlite3'), { readonly: true });
  try {
    return db
      .prepare<[], { value: number; comment: string | null }>('SELECT value, comment FROM responses')
      .all();
  } finally {
    db.close();
  }
}

const storedValues = () => storedAnswers().map((answer) => answer.value);

test('the question shows five faces, each a button with its own name', async ({ page }) => {
  await page.goto(host.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Millainen käyntisi oli tänään?');
  for (const name of faces) await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  const box = await page.getByRole('button', { name: 'Hyvä', exact: true }).boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(160);
  expect(box!.height).toBeGreaterThanOrEqual(160);
});

test('a tapped face is saved; skipping the follow-up and the comment shows thank-you, then the question, and it survives a killed host', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Erittäin hyvä', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Mikä vaikutti eniten?' })).toBeVisible();
  await page.getByRole('button', { name: 'Ohita' }).click();
  await page.getByRole('button', { name: 'Ohita' }).click();
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Millainen käyntisi oli tänään?' })).toBeVisible({
    timeout: 10_000,
  });

  await host.stop('SIGKILL');
  host = await serve('kiosk', dataDir);
  expect(storedValues()).toEqual([5]);
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Erittäin hyvä', exact: true })).toBeEnabled();
});

test('a face can be chosen with the keyboard alone, and the answer is stored at that first step', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Huono', exact: true })).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Huono', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Mikä vaikutti eniten?' })).toBeVisible();
  expect(storedValues()).toEqual([2]);
});

test('a comment with a phone number is shown scrubbed before sending, and stored only scrubbed', async ({
  page,
}) => {
  await page.goto(host.url);
  await page.getByRole('button', { name: 'Hyvä', exact: true }).click();
  await page.getByRole('button', { name: 'Ohita' }).click();
  const box = page.getByRole('textbox', { name: 'Oma viestisi' });
  await box.fill('Soittakaa minulle 040 123 4567 kiitos');
  await expect(
    page.getByText('Poistimme tiedot, joista sinut voisi tunnistaa: puhelinnumero.'),
  ).toBeVisible();
  await expect(page.getByText('Soittakaa minulle [•••] kiitos')).toBeVisible();
  await page.getByRole('button', { name: 'Lähetä' }).click();
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toBeVisible();
  expect(storedAnswers()).toEqual([{ value: 4, comment: 'Soittakaa minulle [•••] kiitos' }]);
});

test('when the answer cannot be saved there is no thank-you: the client is told, and the kiosk recovers', async ({
  page,
}) => {
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Hyvä', exact: true })).toBeVisible();
  await host.stop();
  await page.getByRole('button', { name: 'Hyvä', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Vastaustasi ei voitu tallentaa');
  await expect(page.getByRole('heading', { name: 'Kiitos!' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Takaisin alkuun' }).click();
  await expect(page.getByRole('alert')).toContainText('Kysely ei ole juuri nyt käytössä');
});
