import type { Locator, Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStaffKeyring } from '../../electron/core/staff/keys/staff-keyring.ts';
import { scaleLabel } from '../../renderer/i18n/index.ts';
import { closedPort } from '../helpers/closed-port.ts';
import { testPassphrase } from '../helpers/kiosk-and-staff.ts';
import { staffFolderWithKeys } from '../helpers/lan-staff.ts';
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
import * as staffScreen from './staff-session.ts';

/**
 * The whole network path in Chromium, on both screens at once: reception and staff compare the
 * same codes on the kiosk's admin view and the staff tool, staff approve on theirs, one Send now
 * brings the answers tapped on the kiosk into the staff report, and the receipt that comes back
 * makes the kiosk forget them.
 */
const seen = { timeout: 15_000 };
const day = 86_400_000;

/** Answers are tapped a day before the test's real time, so their time slot is over when they go. */
test.use({ clockStart: new Date(Date.now() - day) });

/** The three faces tapped, seven answers: enough that the report shows its counts, not small cells. */
const faces = [4, 4, 4, 5, 5, 5, 3].map((value) => scaleLabel('fi', 'smiley-5', value));

const kioskCode = (page: Page, label: string) =>
  page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
const staffNetwork = (page: Page) => page.getByRole('group', { name: 'Vastaanotto verkon kautta' });
const text = async (locator: Locator) => (await locator.textContent())!.trim();

test('pairing on both screens with the same codes, one push into the staff report, and the kiosk forgets what staff hold', async ({
  page,
  browser,
  kioskOnClock: kiosk,
}) => {
  test.setTimeout(180_000);
  setPin(kiosk.dataDir);
  // Its own folder: the helper's default one is cleaned by node:test, which does not run here.
  const { dataDir: staffDir } = await staffFolderWithKeys(
    mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-staff-')),
  );
  const staff = await staffScreen.startStaff({
    dataDir: staffDir,
    staffKeys: createStaffKeyring(() => testPassphrase, staffScreen.testSealing),
  });
  const staffContext = await browser.newContext();
  try {
    // Clients answer on the kiosk; a day later by its clock is the staff PC's time too.
    await page.goto(kiosk.url);
    for (const face of faces) {
      await expect(page.getByRole('heading', { name: firstQuestion })).toBeVisible();
      await button(page, face).click();
      await skipToThanks(page);
      await page.clock.runFor(20_000);
    }
    await expect(page.getByRole('heading', { name: firstQuestion })).toBeVisible();
    expect(kiosk.answers()).toHaveLength(faces.length);
    kiosk.advanceSeconds(Math.round((Date.now() - kiosk.clock().getTime()) / 1000));

    // Staff turn receiving on, on loopback here (a LAN address in a centre).
    const staffPage = await staffContext.newPage();
    await staffPage.goto(staff.url);
    await expect(staffScreen.heading(staffPage, 'Tulokset')).toBeVisible();
    await staffScreen.openSection(staffPage, 'Verkko');
    const port = await closedPort();
    await staffPage.getByLabel('Tämän tietokoneen osoite').fill('127.0.0.1');
    await staffPage.getByLabel('Portti').fill(String(port));
    await staffScreen.button(staffPage, 'Vastaanota tässä osoitteessa').click();
    await expect(staffNetwork(staffPage)).toContainText(`127.0.0.1:${port}`);
    const receiverCode = await text(staffNetwork(staffPage).locator('p').nth(1));
    expect(receiverCode).toMatch(/^[A-Z2-7]{5}(-[A-Z2-7]{5}){3}$/);

    // Reception types the staff PC's address; the kiosk shows the code the staff screen shows.
    await openAdmin(page);
    await openSection(page, 'Verkko');
    await page.getByRole('textbox', { name: 'Henkilökunnan tietokoneen osoite' }).fill(`127.0.0.1:${port}`);
    await button(page, 'Näytä koodit').click();
    await expect(page.getByRole('heading', { name: /^Vertaa koodeja:/ })).toBeVisible(seen);
    await expect(kioskCode(page, 'Henkilökunnan tietokone')).toHaveText(receiverCode);
    const thisKiosk = await text(kioskCode(page, 'Tämä kioski'));
    await button(page, 'Koodit ovat samat: pyydä yhdistämistä').click();
    await expect(page.getByRole('heading', { name: 'Odotetaan henkilökuntaa' })).toBeVisible(seen);

    // Staff see the request with the kiosk's code and their own, the same as on the kiosk.
    await staffScreen.openSection(staffPage, 'Kioskit');
    const request = staffPage.getByRole('group', { name: /pyytää yhdistämistä verkon kautta/ });
    await expect(request).toContainText(`Kioskin tunnus${thisKiosk}`, seen);
    await expect(request).toContainText(`Tämän tietokoneen tunnus${receiverCode}`);
    await staffScreen.button(request, 'Molemmat tunnukset ovat samat: hyväksy').click();
    await expect(staffPage.getByRole('status').filter({ hasText: 'on yhdistetty' })).toBeVisible();

    // The kiosk hears it is paired; one push delivers the answers (it may go by itself first).
    await expect(page.getByRole('heading', { name: 'Yhdistetty henkilökunnan tietokoneeseen.' })).toBeVisible(
      seen,
    );
    await button(page, 'Lähetä nyt').click();
    await expect(
      page.getByRole('status').filter({ hasText: /^(Lähetetty: 1 erä\.|Uutta lähetettävää ei ollut\.)$/ }),
    ).toBeVisible(seen);
    expect(kiosk.batches()).toEqual([{ seq: 1, written: 1 }]);

    // The staff report counts them once the inbox is imported.
    const cell = staffScreen.reportCount(staffPage, firstQuestion);
    await expect(async () => {
      await staffScreen.openSection(staffPage, 'Tulokset');
      await expect(cell('Yhteensä')).toHaveText(String(faces.length), { timeout: 1000 });
    }).toPass(seen);

    // The receipt comes back on the next contact, and the kiosk forgets the answers staff hold.
    await sendNowUntilForgotten(page, () => kiosk.answers());

    // And the staff tool says the kiosk was last heard from over the network.
    await staffScreen.openSection(staffPage, 'Kioskit');
    await expect(staffPage.getByRole('cell', { name: /\(verkko\)/ })).toBeVisible();
  } finally {
    await staffContext.close();
    // Removes the staff data folder too.
    await staff.stop();
  }
});
