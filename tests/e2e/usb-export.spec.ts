import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { batchFileName } from '../../electron/core/batch/format.ts';
import { exportFolderName } from '../../electron/core/usb/find-sticks.ts';
import { expect, testOnClock as test } from './kiosk-session.ts';
import {
  adminCall,
  button,
  firstQuestion,
  holdExportMidway,
  lockAdmin,
  openAdmin,
  openSection,
  setPin,
  toClientScreen,
} from './reception.ts';

/**
 * Answers onto a USB stick, as reception and staff meet it: a plain stick waits in the admin
 * view for a tap on Export; a stick staff prepared (it has a `Kuulluksi` folder) is exported to
 * by itself, and the client's screen says when it may be pulled out. The host looks for sticks
 * every two seconds of real time, and the screen asks after that, hence the longer waits.
 */
const seen = { timeout: 10_000 };

const stickCard = (page: Page, label: string) => page.getByRole('listitem').filter({ hasText: label });
const exportButton = (card: Locator) => card.getByRole('button', { name: 'Vie vastaukset', exact: true });
const banner = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });
const ageFile = (file: string) => readFileSync(file, 'utf8').startsWith('age-encryption.org/v1\n');

test.beforeEach(async ({ kioskOnClock: kiosk }) => {
  setPin(kiosk.dataDir);
  await kiosk.pairWithStaff();
});

test('a plain stick waits for reception: Export shows its progress, then that the stick is safe to remove', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  await kiosk.answeredEarlier([1, 4, 5]);
  await toClientScreen(page, kiosk.url);
  await openAdmin(page);
  await openSection(page, 'Muistitikku');
  await expect(page.getByText('Kytke muistitikku kioskiin.')).toBeVisible();

  kiosk.usb.plugIn('KINGSTON');
  const card = stickCard(page, 'KINGSTON');
  await expect(card).toBeVisible(seen);
  await expect(card).not.toContainText('valmisteltu');
  await expect(page.getByText('Kytke muistitikku kioskiin.')).toHaveCount(0);
  expect(kiosk.batches(), 'nothing goes onto a plain stick without the tap').toEqual([]);

  await openSection(page, 'Yleiskatsaus');
  await expect(
    page.getByText('Muistitikku on kytkettynä: vie vastaukset kohdasta Muistitikku.'),
  ).toBeVisible();
  await openSection(page, 'Muistitikku');
  // The section has loaded its sticks again before the page's clock stops.
  await expect(exportButton(card)).toBeEnabled(seen);

  // The screen holds still now, so what it shows is what the tap itself brought back.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 500);
  await exportButton(card).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Viedään vastauksia muistitikulle KINGSTON…' }),
  ).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Vietyjä tiedostoja' })).toBeVisible();
  await expect(exportButton(card)).toBeDisabled();
  await page.clock.resume();

  await expect(page.getByRole('status')).toHaveText(
    'Valmis: 3 vastausta viety (1 tiedosto). Voit irrottaa muistitikun.',
  );
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await expect(exportButton(card)).toBeEnabled();
  const files = kiosk.usb.batchFiles('KINGSTON');
  expect(files).toHaveLength(1);
  expect(ageFile(join(kiosk.usb.root, 'KINGSTON', exportFolderName, files[0]!))).toBe(true);
  expect(kiosk.batches()).toEqual([{ seq: 1, written: 1 }]);

  await openSection(page, 'Yleiskatsaus');
  await expect(page.getByText('Kaikki vastaukset on viety.')).toBeVisible();
  await expect(page.getByText('Muistitikku on kytkettynä')).toHaveCount(0);
  await openSection(page, 'Muistitikku');

  kiosk.usb.pull('KINGSTON');
  await expect(page.getByText('Kytke muistitikku kioskiin.')).toBeVisible(seen);
  await expect(page.getByText('Voit irrottaa muistitikun')).toHaveCount(0);
});

test('the progress bar counts the batch files written of all to write, and says so in words', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  await toClientScreen(page, kiosk.url);
  await openAdmin(page);
  kiosk.usb.plugIn('KINGSTON');
  await openSection(page, 'Muistitikku');
  await expect(stickCard(page, 'KINGSTON')).toBeVisible(seen);

  const release = await holdExportMidway(page, 'admin.sticks', {
    state: 'exporting',
    stick: 'KINGSTON',
    written: 2,
    total: 5,
  });
  const bar = page.getByRole('progressbar', { name: 'Vietyjä tiedostoja' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('value', '2');
  await expect(bar).toHaveAttribute('max', '5');
  await expect(page.getByText('2 / 5', { exact: true })).toBeVisible();
  await expect(exportButton(stickCard(page, 'KINGSTON'))).toBeDisabled();
  await release();
});

test('a prepared stick at the start screen takes the answers without a PIN; the banner says when to pull it out and goes with it', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  await kiosk.answeredEarlier([2, 4], { sealedPerBatch: 1 });
  await toClientScreen(page, kiosk.url);
  await expect(page.getByRole('status').filter({ hasText: /muistitikku/i })).toHaveCount(0);

  const release = await holdExportMidway(page, 'kiosk.exportNotice', {
    state: 'exporting',
    written: 2,
    total: 5,
  });
  await expect(banner(page, 'Viedään')).toHaveText('Viedään vastauksia muistitikulle… 2 / 5');
  await release();

  kiosk.usb.plugIn('STAFF', { prepared: true });
  const done = banner(page, 'Vienti valmis');
  await expect(done).toHaveText('Vienti valmis. Muistitikun voi irrottaa.', seen);
  await expect(page.getByRole('heading', { name: firstQuestion })).toBeVisible();
  await expect(page.getByLabel('PIN-koodi')).toHaveCount(0);
  expect(kiosk.usb.batchFiles('STAFF')).toHaveLength(2);
  expect(kiosk.batches()).toEqual([1, 2].map((seq) => ({ seq, written: 1 })));

  await expectClearOfEveryButton(page, done);
  expect(
    await page.evaluate(() => document.activeElement === document.body),
    'the banner takes no focus',
  ).toBe(true);

  await button(page, 'English').click();
  await expect(banner(page, 'Export finished')).toHaveText('Export finished. The USB stick can be removed.');
  await button(page, 'Svenska').click();
  await expect(banner(page, 'Exporten')).toHaveText('Exporten är klar. USB-minnet kan tas ut.');
  await button(page, 'Selkosuomi').click();
  await expect(banner(page, 'Valmis')).toHaveText('Valmis. Muistitikun voi ottaa pois.');

  kiosk.usb.pull('STAFF');
  await expect(banner(page, 'Valmis')).toHaveCount(0, seen);
});

test('a stick that cannot take every batch: the reason, the answers still wait, and the next stick gets exactly the rest', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  await kiosk.answeredEarlier([1, 2, 3, 4, 5], { sealedPerBatch: 1 });
  await toClientScreen(page, kiosk.url);
  // A folder where the third batch file should go: the stick takes two files, then fails.
  const { kioskId } = await adminCall(kiosk.url, 'admin.status');
  kiosk.usb.plugIn('STAFF', { prepared: true, taken: [batchFileName(kioskId, 3)] });
  await expect(banner(page, 'Vienti')).toHaveText(
    'Vienti muistitikulle ei onnistunut. Henkilökunta: avaa ylläpito.',
    seen,
  );
  expect(kiosk.batches().map((batch) => batch.written)).toEqual([1, 1, 0, 0, 0]);

  await openAdmin(page);
  await openSection(page, 'Muistitikku');
  const failed = page.getByRole('alert');
  await expect(failed, 'said in reception’s language, without a path').toHaveText(
    'Muistitikulle ei voinut kirjoittaa. Kokeile uudelleen tai toisella tikulla. Vastaukset odottavat yhä.',
  );
  await expect(stickCard(page, 'STAFF')).toContainText('valmisteltu');

  kiosk.usb.pull('STAFF');
  await expect(page.getByText('Kytke muistitikku kioskiin.')).toBeVisible(seen);
  await expect(failed, 'the answers still wait after the stick is out').toContainText(
    'Vastaukset odottavat yhä',
  );

  kiosk.usb.plugIn('SECOND');
  await exportButton(stickCard(page, 'SECOND')).click({ timeout: seen.timeout });
  await expect(page.getByRole('status')).toHaveText(
    'Valmis: 3 vastausta viety (3 tiedostoa). Voit irrottaa muistitikun.',
    seen,
  );
  await expect(failed).toBeEmpty();
  expect(kiosk.usb.batchFiles('SECOND').sort()).toEqual([3, 4, 5].map((seq) => batchFileName(kioskId, seq)));
  expect(kiosk.batches().map((batch) => batch.written)).toEqual([1, 1, 1, 1, 1]);
  await lockAdmin(page);
});

/** The banner overlaps no button: not an answer, not help, not a control of the start screen. */
async function expectClearOfEveryButton(page: Page, banner: Locator) {
  const box = (await banner.boundingBox())!;
  const overlapping = await page.getByRole('button').evaluateAll(
    (buttons, b) =>
      buttons
        .map((element) => ({ name: element.textContent?.trim(), r: element.getBoundingClientRect() }))
        .filter(
          ({ r }) =>
            r.width > 0 &&
            r.left < b.x + b.width &&
            r.right > b.x &&
            r.top < b.y + b.height &&
            r.bottom > b.y,
        )
        .map(({ name }) => name),
    box,
  );
  expect(overlapping, 'buttons under the banner').toEqual([]);
}
