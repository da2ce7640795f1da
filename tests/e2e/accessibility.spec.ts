import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, testOnClock } from './kiosk-session.ts';
import {
  adminSections,
  holdCorner,
  holdExportMidway,
  lockAdmin,
  openAdmin,
  openSection,
  pin,
  setPin,
  toClientScreen,
  typePin,
} from './reception.ts';

/**
 * axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on every screen a client or reception meets.
 * Each screen is reached the way a person reaches it, then checked as it stands.
 */
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const found = violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations on the ${screen} screen`).toEqual([]);
}

/**
 * Every control reception touches is at least 44 × 44 CSS pixels (WCAG 2.5.5); axe checks only
 * 2.5.8's 24. A checkbox or radio counts by its label, which is what a finger hits.
 */
async function expectLargeTargets(page: Page, screen: string) {
  const small = await page.evaluate(() => {
    const controls =
      'button, select, textarea, summary, input:not([type=checkbox]):not([type=radio]), label:has(input[type=checkbox]), label:has(input[type=radio])';
    return [...document.querySelectorAll<HTMLElement>(controls)]
      .filter((element) => element.closest('[inert]') === null && element.getClientRects().length > 0)
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(
        ({ element, box }) =>
          `${element.tagName.toLowerCase()} "${element.textContent?.trim() || element.getAttribute('aria-label')}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  });
  expect(small, `targets under 44 px on the ${screen} screen`).toEqual([]);
}

test('the client screens: start, follow-up, comment, thank-you, help, idle warning, large text, About', async ({
  page,
  kiosk,
}) => {
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

test('the reception screens: PIN pad, every admin section, the question editor and the preview', async ({
  page,
  kiosk,
}) => {
  setPin(kiosk.dataDir);
  await toClientScreen(page, kiosk.host.url);
  await holdCorner(page);
  await expect(page.getByRole('heading', { name: 'Ylläpito: kirjoita PIN-koodi' })).toBeVisible();
  await expectNoViolations(page, 'PIN pad');
  await typePin(page, pin);
  await expect(page.getByRole('heading', { name: 'Ylläpito', exact: true })).toBeVisible();

  for (const section of adminSections) {
    await openSection(page, section);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expectNoViolations(page, `admin ${section}`);
    await expectLargeTargets(page, `admin ${section}`);
  }

  await openSection(page, 'Päivän kysymys');
  await button(page, 'Lisää ajanjakso').click();
  await button(page, 'Tallenna suunnitelma').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Ajanjakso 1' })).toBeVisible();
  await expectNoViolations(page, 'admin plan with a refused range');

  await openSection(page, 'Kysymyspankki');
  await button(page, 'Lisää uusi kysymys').click();
  await page
    .getByRole('group', { name: 'Myönteisen vastauksen jälkeen' })
    .getByRole('button', { name: 'Lisää vaihtoehto' })
    .click();
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Kirjoita kysymys suomeksi' })).toBeVisible();
  await expectNoViolations(page, 'admin question editor with a refused save');
  await expectLargeTargets(page, 'admin question editor');

  await openSection(page, 'Aukioloajat');
  await page.getByLabel('Auki vain näinä aikoina').check();
  await expectNoViolations(page, 'admin opening hours by weekday');
  await expectLargeTargets(page, 'admin opening hours by weekday');
});

test('the first-PIN screens: the new kiosk’s question, choosing the PIN, and IT’s turn once answers came', async ({
  page,
  kiosk,
}) => {
  await toClientScreen(page, kiosk.host.url);
  await holdCorner(page);
  await expect(
    page.getByRole('heading', { name: 'Tällä kioskilla ei ole vielä ylläpidon PIN-koodia.' }),
  ).toBeVisible();
  await expectNoViolations(page, 'new kiosk');
  await expectLargeTargets(page, 'new kiosk');
  await button(page, 'Otan kioskin käyttöön nyt').click();
  await typePin(page, '4821');
  await expect(page.getByRole('alert')).toHaveText('Uudessa PIN-koodissa on oltava 6–8 numeroa.');
  await expectNoViolations(page, 'first PIN refused as too short');

  await button(page, 'Peruuta').click();
  await kiosk.answeredEarlier([3]);
  await holdCorner(page);
  await expect(page.getByText(/vain IT-tuki/)).toBeVisible();
  await expectNoViolations(page, 'no PIN, ask IT');
  await expectLargeTargets(page, 'no PIN, ask IT');
});

test('the admin view asking for a short PIN to be changed', async ({ page, kiosk }) => {
  await kiosk.pinFromBefore('4821');
  await toClientScreen(page, kiosk.host.url);
  await openAdmin(page, '4821');
  await expect(page.getByText(/PIN-koodissa on alle 6 numeroa/)).toBeVisible();
  await expectNoViolations(page, 'admin with the short-PIN reminder');
});

testOnClock('the closed screen', async ({ page, kioskOnClock: kiosk }) => {
  setPin(kiosk.dataDir);
  await toClientScreen(page, kiosk.url);
  await openAdmin(page);
  await openSection(page, 'Aukioloajat');
  await page.getByLabel('Auki vain näinä aikoina').check();
  await page
    .getByRole('group', { name: 'Maanantai', exact: true })
    .getByLabel('Auki', { exact: true })
    .uncheck();
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();
  await lockAdmin(page);
  await expect(page.getByRole('heading', { name: 'Kioski on nyt kiinni.' })).toBeVisible();
  await expectNoViolations(page, 'closed');
});

testOnClock(
  'the export banner on the start screen, and the USB stick section with its sticks, its progress and its outcome',
  async ({ page, kioskOnClock: kiosk }) => {
    const seen = { timeout: 10_000 };
    setPin(kiosk.dataDir);
    await kiosk.pairWithStaff();
    await kiosk.answeredEarlier([2, 5]);
    await toClientScreen(page, kiosk.url);
    kiosk.usb.plugIn('STAFF', { prepared: true });
    await expect(page.getByRole('status').filter({ hasText: 'Vienti valmis' })).toBeVisible(seen);
    await expectNoViolations(page, 'start with the export banner');
    await button(page, 'Isompi teksti').click();
    await expectNoViolations(page, 'start with the export banner, large text');
    await button(page, 'Isompi teksti').click();

    await kiosk.answeredEarlier([4]);
    kiosk.usb.plugIn('KINGSTON');
    await openAdmin(page);
    await openSection(page, 'Muistitikku');
    const kingston = page.getByRole('listitem').filter({ hasText: 'KINGSTON' });
    await expect(kingston).toBeVisible(seen);
    await expectNoViolations(page, 'admin USB stick, a plain and a prepared stick');
    await expectLargeTargets(page, 'admin USB stick');

    const release = await holdExportMidway(page, 'admin.sticks', {
      state: 'exporting',
      stick: 'KINGSTON',
      written: 2,
      total: 5,
    });
    await expect(page.getByRole('progressbar')).toBeVisible();
    await expectNoViolations(page, 'admin USB stick while exporting');
    await release();

    await kingston.getByRole('button', { name: 'Vie vastaukset' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Valmis: 1 vastaus viety (1 tiedosto). Voit irrottaa muistitikun.',
      seen,
    );
    await expectNoViolations(page, 'admin USB stick after an export');
  },
);
