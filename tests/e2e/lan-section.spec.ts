import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffDatabaseFile } from '../../electron/core/staff/open-staff.ts';
import { testPassphrase } from '../helpers/kiosk-and-staff.ts';
import { staffFolderWithKeys } from '../helpers/lan-staff.ts';
import { runCli } from '../helpers/cli.ts';
import { cliPath, nodeBinary } from '../helpers/project.ts';
import { expect, testOnClock as test } from './kiosk-session.ts';
import {
  button,
  firstQuestion,
  openAdmin,
  openSection,
  sendNowUntilForgotten,
  setPin,
  skipToThanks,
} from './reception.ts';

/**
 * Reception pairs the kiosk with a real `kuulluksi staff receive` over 127.0.0.1 from the admin
 * view's Network section, staff approve it from the command line, and answers tapped on the
 * client's screen reach the staff PC with Send now; the receipt that comes back on the next
 * contact makes the kiosk forget them.
 */
const seen = { timeout: 15_000 };
const day = 86_400_000;

/** The answers are tapped a day before the test's real time, so their time slot has ended by then. */
test.use({ clockStart: new Date(Date.now() - day) });

/** `kuulluksi staff receive` as a child process, on a free port, importing as batches arrive. */
async function staffReceiver(dataDir: string, passphraseFile: string) {
  const child = spawn(
    nodeBinary,
    [
      cliPath,
      'staff',
      'receive',
      '--data',
      dataDir,
      '--listen',
      '127.0.0.1:0',
      '--passphrase-file',
      passphraseFile,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const started = await new Promise<{ address: string; code: string }>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const port = /^Listening on 127\.0\.0\.1:(\d+)/m.exec(stdout)?.[1];
      const code = /^This PC's code: (\S+)/m.exec(stdout)?.[1];
      if (port && code) resolve({ address: `127.0.0.1:${port}`, code });
    });
    child.once('exit', (end) =>
      reject(new Error(`staff receive ended (${end}) before listening: ${stderr}`)),
    );
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    ...started,
    /** Stops it as Ctrl+C does, and waits until it has closed its database. */
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    violations.map((violation) => violation.id),
    `axe on the ${screen} screen`,
  ).toEqual([]);
}

/** Batches the staff PC has stored, read beside the receiver that writes them. */
function staffBatches(dataDir: string): number {
  const db = new Database(join(dataDir, staffDatabaseFile), { readonly: true });
  try {
    return db.prepare<[], number>('SELECT count(*) FROM batches').pluck().get()!;
  } finally {
    db.close();
  }
}

const codeShown = (page: Page, label: string) =>
  page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');

test('reception pairs with a staff PC by its address, staff approve, Send now delivers and the receipt makes the kiosk forget', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  setPin(kiosk.dataDir);
  const folder = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-staff-'));
  const { dataDir: staffDir } = await staffFolderWithKeys(join(folder, 'staff'));
  const passphraseFile = join(folder, 'passphrase.txt');
  writeFileSync(passphraseFile, `${testPassphrase}\n`, { mode: 0o600 });
  const receiver = await staffReceiver(staffDir, passphraseFile);
  try {
    await page.goto(kiosk.url);
    await expect(page.getByRole('heading', { name: firstQuestion })).toBeVisible();
    for (const face of ['Hyvä', 'Erittäin hyvä']) {
      await button(page, face).click();
      await skipToThanks(page);
      await page.clock.runFor(20_000);
      await expect(page.getByRole('heading', { name: firstQuestion })).toBeVisible();
    }
    expect(kiosk.answers()).toHaveLength(2);
    // A day later by the kiosk's clock, which is now the staff PC's time too.
    kiosk.advanceSeconds(Math.round((Date.now() - kiosk.clock().getTime()) / 1000));

    await openAdmin(page);
    await openSection(page, 'Verkko');
    const address = page.getByRole('textbox', { name: 'Henkilökunnan tietokoneen osoite' });
    await address.fill('192.168.1.20');
    await button(page, 'Näytä koodit').click();
    await expect(page.getByRole('alert')).toHaveText(
      'Kirjoita osoite muodossa osoite:portti, esim. 192.168.1.20:4781.',
    );
    await expect(address).toHaveAttribute('aria-invalid', 'true');

    await address.fill(receiver.address);
    await button(page, 'Näytä koodit').click();
    await expect(page.getByRole('heading', { name: /^Vertaa koodeja:/ })).toBeVisible(seen);
    await expect(codeShown(page, 'Henkilökunnan tietokone')).toHaveText(receiver.code);
    await expect(codeShown(page, 'Henkilökunnan avain')).toHaveCount(1);
    const kioskCode = (await codeShown(page, 'Tämä kioski').textContent())!;
    await expectNoViolations(page, 'codes to compare');

    await button(page, 'Koodit ovat samat: pyydä yhdistämistä').click();
    await expect(page.getByRole('heading', { name: 'Odotetaan henkilökuntaa' })).toBeVisible(seen);
    await expect(codeShown(page, 'Tämä kioski')).toHaveText(kioskCode);

    const approved = runCli([
      'staff',
      'approve',
      '--data',
      staffDir,
      '--kiosk',
      kioskCode,
      '--passphrase-file',
      passphraseFile,
    ]);
    expect(approved.status, approved.stderr).toBe(0);
    await expect(page.getByRole('heading', { name: 'Yhdistetty henkilökunnan tietokoneeseen.' })).toBeVisible(
      seen,
    );
    await expect(page.getByText(`(${receiver.address})`)).toBeVisible();
    await expectNoViolations(page, 'paired');

    // The kiosk also pushes by itself once paired, so Send now may find the batch already gone.
    await button(page, 'Lähetä nyt').click();
    await expect(
      page.getByRole('status').filter({ hasText: /^(Lähetetty: 1 erä\.|Uutta lähetettävää ei ollut\.)$/ }),
    ).toBeVisible(seen);
    expect(kiosk.batches()).toEqual([{ seq: 1, written: 1 }]);
    await expect.poll(() => staffBatches(staffDir), seen).toBe(1);
    await expect(page.getByText(/^Viimeksi yhteydessä: /)).toBeVisible();

    // The staff PC imported the batch; its receipt comes back on the next contact.
    await sendNowUntilForgotten(page, () => kiosk.answers());
  } finally {
    await receiver.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});

test('a typed address where nothing answers says so, and the kiosk stays unpaired', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  setPin(kiosk.dataDir);
  await page.goto(kiosk.url);
  // The corner is held once the start screen is drawn: a press before it reaches nothing.
  await expect(page.getByRole('heading', { name: firstQuestion })).toBeVisible();
  await openAdmin(page);
  await openSection(page, 'Verkko');
  await page.getByRole('textbox', { name: 'Henkilökunnan tietokoneen osoite' }).fill('127.0.0.1:1');
  await button(page, 'Näytä koodit').click();
  await expect(page.getByRole('alert')).toHaveText(
    'Osoitteessa ei vastannut mikään. Tarkista osoite ja että henkilökunnan tietokone on päällä.',
    seen,
  );
  await expect(page.getByRole('heading', { name: /^Vertaa koodeja:/ })).toHaveCount(0);
  await expectNoViolations(page, 'network section with a refused address');
});
