/**
 * What reception does at the kiosk, as steps for the e2e tests: hold the hidden corner, type the
 * PIN on the pad, open a section of the admin view. And a look behind the screen through the
 * contract, for asserting what the kiosk stored without trusting what the screen says.
 */
import { expect, type Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Output } from '../../shared/contract/index.ts';
import { callHost } from '../../build/serve-host.ts';
import { runCli } from '../helpers/cli.ts';

export const pin = '482193';
export const firstQuestion = 'Millainen käyntisi oli tänään?';

export const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Sets the PIN as IT does, from the command line, with the PIN in a file. */
export function setPin(dataDir: string, newPin = pin): void {
  const folder = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-pin-'));
  try {
    const file = join(folder, 'pin.txt');
    writeFileSync(file, `${newPin}\n`, { mode: 0o600 });
    const result = runCli(['kiosk', 'config', '--data', dataDir, '--set-pin-file', file]);
    expect(result.status, result.stderr).toBe(0);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Opens the kiosk's page and waits for the first question, as a client finds it. */
export async function toClientScreen(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: firstQuestion })).toBeVisible();
}

/** Holds the top-left corner on the page's own clock; three seconds open the PIN pad. */
export async function holdCorner(page: Page, ms = 3000): Promise<void> {
  await page.mouse.move(20, 20);
  await page.mouse.down();
  await page.clock.runFor(ms);
  await page.mouse.up();
}

export async function typePin(page: Page, digits: string): Promise<void> {
  for (const digit of digits) await button(page, digit).click();
  await button(page, 'OK').click();
}

/** From the client's screen into the admin view's overview. */
export async function openAdmin(page: Page, digits = pin): Promise<void> {
  await holdCorner(page);
  await expect(page.getByRole('heading', { name: 'Ylläpito: kirjoita PIN-koodi' })).toBeVisible();
  await typePin(page, digits);
  await expect(page.getByRole('heading', { name: 'Ylläpito', exact: true })).toBeVisible();
}

export const adminSections = [
  'Yleiskatsaus',
  'Muistitikku',
  'Verkko',
  'Päivän kysymys',
  'Kysymyspankki',
  'Aukioloajat',
  'Asetukset',
  'Vaihda PIN-koodi',
  'Sulje kioski',
] as const;

export async function openSection(page: Page, name: (typeof adminSections)[number]): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Ylläpidon osiot' })
    .getByRole('button', { name, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
}

export async function lockAdmin(page: Page): Promise<void> {
  await button(page, 'Lukitse ja palaa').click();
}

/** A bank question's card in the question bank section. */
export const bankCard = (page: Page, text: string) =>
  page.getByRole('listitem').filter({ has: page.getByText(text, { exact: true }) });

/** Switches the admin view's preview of a question to a language, named in itself. */
export async function previewIn(
  page: Page,
  language: 'Suomi' | 'Svenska' | 'English' | 'Selkosuomi',
): Promise<void> {
  await page
    .getByRole('group', { name: 'Esikatselun kieli' })
    .getByRole('button', { name: language, exact: true })
    .click();
}

/** The skip buttons after an answer (a follow-up, where the answer has one, then the comment). */
export async function skipToThanks(page: Page): Promise<void> {
  const thanks = page.getByRole('heading', { name: 'Kiitos!' });
  for (;;) {
    await expect(thanks.or(button(page, 'Ohita'))).toBeVisible();
    if (await thanks.isVisible()) return;
    await button(page, 'Ohita').click();
  }
}

/**
 * An admin call over the host's HTTP API, with a session opened by the PIN: what the core
 * holds, read past the screen. Unlocking this way resets nothing a test looks at.
 */
export async function adminCall(
  url: string,
  method: string,
  input: Record<string, unknown> = {},
): Promise<any> {
  const unlocked = await callHost(url, 'admin.unlock', { pin });
  expect(unlocked.body.ok && unlocked.body.value.unlocked, 'the test PIN unlocks the admin view').toBe(true);
  const result = await callHost(url, method, { ...input, token: unlocked.body.value.token });
  expect(result.body.ok, `${method}: ${JSON.stringify(result.body.error)}`).toBe(true);
  return result.body.value;
}

/** What each polled method reports of an export: typed by the contract, so a stale shape fails to compile. */
type ExportReport = {
  'admin.sticks': Output<'admin.sticks'>['export'];
  'kiosk.exportNotice': Output<'kiosk.exportNotice'>;
};

/**
 * An export onto a stick as the core reports it half-way, put into the real answers to the
 * screen's polls (`admin.sticks` or `kiosk.exportNotice`) until the returned release is called:
 * a real export of a few batches is over before a test could look.
 */
export async function holdExportMidway<M extends keyof ExportReport>(
  page: Page,
  method: M,
  midway: ExportReport[M],
): Promise<() => Promise<void>> {
  const url = `**/api/${method}`;
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    await route.fulfill({
      response,
      json: { ...body, value: method === 'admin.sticks' ? { ...body.value, export: midway } : midway },
    });
  });
  // A poll already being answered is let finish, so the screen never sees it cut off.
  return () => page.unrouteAll({ behavior: 'wait' });
}

export type BankEntryBody = {
  question: { id: string; version: number; texts: Record<string, string> };
  itemCode: string | null;
  verbatim: boolean;
  archived: boolean;
};

/**
 * Taps the Network section's Send now until the kiosk says nothing new waits and `answersLeft`
 * is empty: the receipt staff send back comes on a contact after their import, which takes its time.
 */
export async function sendNowUntilForgotten(page: Page, answersLeft: () => unknown[]): Promise<void> {
  await expect(async () => {
    await button(page, 'Lähetä nyt').click();
    await expect(page.getByRole('status').filter({ hasText: 'Uutta lähetettävää ei ollut.' })).toBeVisible();
    expect(answersLeft()).toEqual([]);
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText('Kaikki vastaukset on lähetetty.')).toBeVisible();
}
