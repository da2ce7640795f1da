import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { staffKeyFileSchema, type StaffKeyFile } from '../../electron/core/keys/staff-public-key-format.ts';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../electron/core/kiosk/pairing.ts';
import { silentLog } from '../../electron/core/log.ts';
import type { CoreOptions } from '../../electron/core/open-core.ts';
import { createStaffKeyring } from '../../electron/core/staff/keys/staff-keyring.ts';
import { exportFolderName } from '../../electron/core/usb/find-sticks.ts';
import { startHost } from '../../electron/host/start-host.ts';
import { projectRoot } from '../helpers/project.ts';

/** What the launcher seals the staff keys with in these tests, at a work factor for tests only. */
export const launcherPassphrase = 'the launcher passphrase for e2e';
export const testSealing = { workFactor: 10 };

const rendererDir = join(projectRoot, 'dist', 'renderer');

/**
 * A staff tool served from its own temp data folder, as `kuulluksi serve --role staff` serves
 * it, inside the test process: its keys opened with `launcherPassphrase` unless the test gives
 * other `staffKeys`, and its own folder of USB sticks (each folder in it is a plugged-in stick).
 * A `dataDir` the test prepared is used, and removed at the end like a new one.
 */
export async function startStaff({
  staffKeys = createStaffKeyring(() => launcherPassphrase, testSealing),
  dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-staff-')),
}: Pick<CoreOptions, 'staffKeys'> & { dataDir?: string } = {}) {
  const usb = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-staff-usb-'));
  const host = await startHost({
    role: 'staff',
    dataDir,
    port: 0,
    rendererDir,
    log: silentLog,
    usbRoots: [{ path: usb, depth: 1 }],
    staffKeys,
  });
  return {
    url: host.url,
    dataDir,
    /** Plugs in a stick, with the `Kuulluksi` folder kiosks export into when `prepared`; returns its root. */
    plugIn(label: string, { prepared = false } = {}) {
      mkdirSync(join(usb, label, ...(prepared ? [exportFolderName] : [])), { recursive: true });
      return join(usb, label);
    },
    async stop() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(usb, { recursive: true, force: true });
    },
  };
}

/**
 * A kiosk made by the kiosk's own code in a temp folder, paired with the public key file the
 * staff screen wrote, as `kuulluksi kiosk pair --staff FILE` pairs one.
 */
export function kioskPairedWith(publicKeyFile: string) {
  return kioskPairedWithKey(staffKeyFileSchema.parse(JSON.parse(readFileSync(publicKeyFile, 'utf8'))));
}

/** The same, paired with a staff key given as it is, such as another staff tool's. */
export function kioskPairedWithKey(staffKey: StaffKeyFile) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-kiosk-'));
  const kiosk = openKiosk({ dataDir, log: silentLog, usbRoots: [] });
  pairWithStaff(kiosk.db, staffKey);
  return {
    kioskId: kiosk.identity.kioskId,
    /** Clients' answers to the first question, then an export of them as one batch into `folder`. */
    async answerAndExport(values: readonly number[], folder: string) {
      for (const value of values)
        kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value });
      await kiosk.exportTo(folder);
    },
    close() {
      kiosk.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** axe-core's WCAG 2.0–2.2 A and AA rules on the screen as it stands. */
export async function expectNoViolations(page: Page, screen: string) {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const found = violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations on the staff ${screen} screen`).toEqual([]);
}

export const button = (within: Page | Locator, name: string) =>
  within.getByRole('button', { name, exact: true });

export const heading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 2, name, exact: true });

/**
 * The count the results dashboard shows for one answer (or for `Yhteensä`) in a question's card,
 * found by the question's text: the first cell of its row in the card's table of answers.
 */
export function reportCount(page: Page, question: string) {
  const table = page.getByRole('region', { name: question, exact: true }).getByRole('table').first();
  return (answer: string) =>
    table
      .getByRole('row', { name: new RegExp(`^${answer} `) })
      .getByRole('cell')
      .first();
}

/** Opens a section of the staff view by its button. */
export async function openSection(
  page: Page,
  name: 'Tulokset' | 'Tuonti' | 'Kioskit' | 'Verkko' | 'Avaimet',
) {
  await page.getByRole('navigation', { name: 'Osiot' }).getByRole('button', { name, exact: true }).click();
  await expect(heading(page, name)).toBeVisible();
}

export const test = base.extend<{ staff: Awaited<ReturnType<typeof startStaff>> }>({
  staff: async ({}, use) => {
    const staff = await startStaff();
    await use(staff);
    await staff.stop();
  },
});
export { expect };
