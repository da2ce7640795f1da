import { test, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { silentLog } from '../../electron/core/log.ts';
import { storeStaffIdentity } from '../../electron/core/staff/keys/sealed-key-store.ts';
import { generateStaffIdentity } from '../../electron/core/staff/keys/staff-identity.ts';
import { openStaff } from '../../electron/core/staff/open-staff.ts';
import { cliPath, nodeBinary } from '../helpers/project.ts';
import {
  button,
  expect,
  expectNoViolations,
  heading,
  launcherPassphrase,
  openSection,
  reportCount,
  startStaff,
  testSealing,
} from './staff-session.ts';
import { closedPort } from '../helpers/closed-port.ts';

/**
 * Receiving over the network, in Chromium: staff turn it on in the Network section, a real kiosk
 * asks to pair from its command line, staff compare both codes on the Kiosks section and approve,
 * and the kiosk's answers come over the network into the report.
 */

/** A staff data folder whose keys the launcher opens, so the screen starts at the report. */
async function staffFolderWithKeys() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-staff-'));
  const setup = openStaff({ dataDir, log: silentLog });
  await storeStaffIdentity(setup.db, await generateStaffIdentity(), launcherPassphrase, testSealing);
  setup.close();
  return dataDir;
}

/** A `kuulluksi` command as a child process: what it printed so far, and how it ended. */
function runKuulluksi(args: readonly string[]) {
  const child = spawn(nodeBinary, [cliPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/**
 * A weekday morning a few days ago: answers given then are in a time slot long over, which is
 * what a push seals, as a kiosk's answers are by the time it pushes.
 */
function aWeekdayMorningBefore(now: Date): Date {
  const day = new Date(now);
  day.setDate(day.getDate() - 2);
  while (day.getDay() === 0 || day.getDay() === 6) day.setDate(day.getDate() - 1);
  day.setHours(10, 5, 0, 0);
  return day;
}

const networkStatus = (page: Page) => page.getByRole('group', { name: 'Vastaanotto verkon kautta' });

test('staff turn receiving on, compare both codes with a kiosk asking to pair, approve it, and its answers arrive over the network; a new key from its address raises the alarm', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const staff = await startStaff({ dataDir: await staffFolderWithKeys() });
  const kioskDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-kiosk-'));
  openKiosk({ dataDir: kioskDir, log: silentLog, usbRoots: [] }).close();
  const otherKioskDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-kiosk-'));
  openKiosk({ dataDir: otherKioskDir, log: silentLog, usbRoots: [] }).close();
  const pairing: { child?: ReturnType<typeof runKuulluksi>['child'] } = {};
  try {
    await page.goto(staff.url);
    await expect(heading(page, 'Tulokset')).toBeVisible();
    await openSection(page, 'Verkko');
    await expect(networkStatus(page)).toContainText('Ei vastaanota verkon kautta.');
    await expectNoViolations(page, 'network, off');

    // Bad input is refused with what was wrong, and receiving stays off.
    const port = await closedPort();
    await page.getByLabel('Tämän tietokoneen osoite').fill('staff-pc.local');
    await page.getByLabel('Portti').fill(String(port));
    await button(page, 'Vastaanota tässä osoitteessa').click();
    await expect(page.getByRole('alert').filter({ hasText: 'not an IP address' })).toBeVisible();
    await expect(networkStatus(page)).toContainText('Ei vastaanota verkon kautta.');

    await page.getByLabel('Tämän tietokoneen osoite').fill('127.0.0.1');
    await button(page, 'Vastaanota tässä osoitteessa').click();
    await expect(page.getByRole('status').filter({ hasText: 'Vastaanottaa nyt osoitteessa' })).toHaveText(
      `Vastaanottaa nyt osoitteessa 127.0.0.1:${port}.`,
    );
    await expect(networkStatus(page)).toContainText(`127.0.0.1:${port}`);
    await expectNoViolations(page, 'network, on');
    const receiverCode = (await networkStatus(page).locator('p').nth(1).textContent())!;

    // A real kiosk asks to pair from its command line and waits for staff.
    const pair = runKuulluksi([
      'kiosk',
      'pair',
      '--data',
      kioskDir,
      '--lan',
      `127.0.0.1:${port}`,
      '--wait-seconds',
      '90',
    ]);
    pairing.child = pair.child;
    await expect.poll(() => pair.output().stdout, { timeout: 30_000 }).toContain('Asked to pair');
    const printed = pair.output().stdout;
    const kioskCode = /this kiosk's code:\s+(\S+)/.exec(printed)![1]!;
    expect(/staff PC's code:\s+(\S+)/.exec(printed)![1], 'the kiosk shows the code this screen shows').toBe(
      receiverCode,
    );

    await openSection(page, 'Kioskit');
    const request = page.getByRole('group', { name: /pyytää yhdistämistä verkon kautta/ });
    await expect(request).toBeVisible({ timeout: 15_000 });
    await expect(request).toContainText(`Kioskin tunnus${kioskCode}`);
    await expect(request).toContainText(`Tämän tietokoneen tunnus${receiverCode}`);
    await expectNoViolations(page, 'kiosks, pairing request');

    await button(request, 'Molemmat tunnukset ovat samat: hyväksy').click();
    await expect(page.getByRole('status').filter({ hasText: 'on yhdistetty' })).toBeVisible();
    expect(await pair.exited, pair.output().stderr).toBe(0);
    expect(pair.output().stdout).toContain('Paired with the staff PC');

    // Answers given on an earlier morning, then one push over the network.
    const kiosk = openKiosk({
      dataDir: kioskDir,
      log: silentLog,
      usbRoots: [],
      clock: () => aWeekdayMorningBefore(new Date()),
    });
    for (const value of [4, 4, 4, 5, 5, 5, 3])
      kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value });
    const pairedKioskId = kiosk.identity.kioskId;
    kiosk.close();
    const push = runKuulluksi(['kiosk', 'push', '--data', kioskDir]);
    expect(await push.exited, push.output().stderr).toBe(0);

    // The delivered batch is imported from the inbox; the report shows it once that is done.
    const cell = reportCount(page, 'Millainen käyntisi oli tänään?');
    await expect(async () => {
      await openSection(page, 'Tulokset');
      await expect(cell('Yhteensä')).toHaveText('7', { timeout: 1000 });
    }).toPass({ timeout: 30_000 });

    await openSection(page, 'Kioskit');
    // Last contact by the network, and nothing left waiting on the kiosk by its own word.
    const contact = page.getByRole('cell', { name: /\(verkko\)/ });
    await expect(contact).toBeVisible();
    await expect(contact).toContainText('0 erää odottaa kioskilla');
    await expect(page.getByText('Yhdistetty verkon kautta')).toBeVisible();
    await expect(request).toHaveCount(0);
    await expectNoViolations(page, 'kiosks, paired');

    // A new key asking from where the paired kiosk was heard from (here both are on loopback):
    // staff are told to go and check the kiosk itself before approving.
    const newKey = runKuulluksi([
      'kiosk',
      'pair',
      '--data',
      otherKioskDir,
      '--lan',
      `127.0.0.1:${port}`,
      '--wait-seconds',
      '0',
    ]);
    expect(await newKey.exited, newKey.output().stderr).toBe(0);
    const alarm = page
      .getByRole('alert')
      .filter({ hasText: `Varoitus: tämä voi olla kioski ${pairedKioskId} uudella avaimella` });
    await expect(alarm).toBeVisible({ timeout: 15_000 });
    await expect(alarm).toContainText('Mene kioskin luo ja tarkista');
    await expectNoViolations(page, 'kiosks, possible key change');
  } finally {
    pairing.child?.kill('SIGKILL');
    await staff.stop();
    rmSync(kioskDir, { recursive: true, force: true });
    rmSync(otherKioskDir, { recursive: true, force: true });
  }
});
