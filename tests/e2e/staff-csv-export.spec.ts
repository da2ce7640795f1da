import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../electron/core/kiosk/pairing.ts';
import { silentLog } from '../../electron/core/log.ts';
import { approveKioskLeavingReceipt } from '../../electron/core/staff/approve-kiosk.ts';
import { importBatchFiles } from '../../electron/core/staff/import-batches.ts';
import { generateStaffIdentity, staffPublicKey } from '../../electron/core/staff/keys/staff-identity.ts';
import { storeStaffIdentity } from '../../electron/core/staff/keys/sealed-key-store.ts';
import { openStaff } from '../../electron/core/staff/open-staff.ts';
import { readCsvRecords } from '../helpers/read-csv.ts';
import {
  button,
  expect,
  expectNoViolations,
  launcherPassphrase,
  openSection,
  startStaff,
  test,
  testSealing,
} from './staff-session.ts';

/** A Tuesday afternoon, when the kiosk is open. */
const tuesdayAfternoon = () => new Date(2026, 10, 17, 14, 5);

/**
 * A staff data folder holding one approved kiosk's answers, made by the real kiosk and staff
 * cores: keys sealed with the launcher's passphrase, a batch exported, imported and approved.
 */
async function staffDataWithAnswers(values: readonly number[]): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-staff-'));
  const stick = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-stick-'));
  const kioskDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-kiosk-'));
  const staff = openStaff({ dataDir });
  const kiosk = openKiosk({ dataDir: kioskDir, log: silentLog, usbRoots: [], clock: tuesdayAfternoon });
  try {
    const identity = await generateStaffIdentity();
    await storeStaffIdentity(staff.db, identity, launcherPassphrase, testSealing);
    pairWithStaff(kiosk.db, staffPublicKey(identity));
    for (const value of values)
      kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value });
    await kiosk.exportTo(stick);
    await importBatchFiles(staff.db, identity, [stick]);
    await approveKioskLeavingReceipt(staff.db, kiosk.identity.kioskId, async () => identity);
  } finally {
    kiosk.close();
    staff.close();
    rmSync(stick, { recursive: true, force: true });
    rmSync(kioskDir, { recursive: true, force: true });
  }
  return dataDir;
}

let folder: string;
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-csv-'));
});
test.afterEach(() => rmSync(folder, { recursive: true, force: true }));

test.use({
  staff: async ({}, use) => {
    const staff = await startStaff({
      dataDir: await staffDataWithAnswers([5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 4, 2]),
    });
    await use(staff);
    await staff.stop();
  },
});

test('staff save the counts and the answer rows as CSV files into a folder they name, and read them back', async ({
  page,
  staff,
}) => {
  await page.goto(staff.url);
  await openSection(page, 'Raportti');
  const form = page.getByRole('form', { name: 'Tallenna CSV-tiedostona' });
  await expect(form).toBeVisible();
  await expectNoViolations(page, 'report with CSV saving');

  // Nothing typed: the form says so and saves nothing.
  await button(form, 'Tallenna CSV-tiedosto').click();
  await expect(form.getByRole('alert')).toHaveText('Kirjoita kansion koko polku.');
  await form.getByLabel('Kansio, johon tiedosto tallennetaan').fill('raportit');
  await button(form, 'Tallenna CSV-tiedosto').click();
  await expect(form.getByRole('alert')).toContainText('must be a full path');

  await form.getByLabel('Kansio, johon tiedosto tallennetaan').fill(folder);
  await button(form, 'Tallenna CSV-tiedosto').click();
  const countsFile = join(folder, 'kuulluksi-luvut-koko-aika.csv');
  await expect(form.getByRole('status')).toHaveText(`Tallennettu: ${countsFile}`);
  await expect(form.getByRole('alert')).toHaveText('');
  const counts = readCsvRecords<'place' | 'series' | 'value' | 'value_label' | 'count' | 'count_note'>(
    readFileSync(countsFile, 'utf8'),
  ).records.filter((row) => row.place === 'all' && row.series === 'period');
  const count = (label: string) => counts.find((row) => row.value_label === label)!;
  expect(counts.map((row) => row.value_label)).toEqual([
    'Erittäin huono',
    'Huono',
    'Ei hyvä eikä huono',
    'Hyvä',
    'Erittäin hyvä',
    'Yhteensä',
  ]);
  // The one "Huono" cannot be shown: an empty cell with the reason, never 0. (Which other cell the
  // rule hides with it, so that the total cannot give it away, is the rule's own business.)
  expect([count('Huono').count, count('Huono').count_note]).toEqual(['', 'alle 5']);
  expect([count('Hyvä').count, count('Yhteensä').count]).toEqual(['6', '12']);
  for (const row of counts) expect(row.count_note).toBe(row.count === '' ? 'alle 5' : '');

  await form.getByRole('radio', { name: /^Vastausrivit/ }).check();
  await button(form, 'Tallenna CSV-tiedosto').click();
  const rowsFile = join(folder, 'kuulluksi-vastausrivit-koko-aika.csv');
  await expect(form.getByRole('status')).toHaveText(`Tallennettu: ${rowsFile}`);
  const rows = readCsvRecords<'month' | 'value'>(readFileSync(rowsFile, 'utf8')).records;
  expect(rows.map((row) => row.value).sort()).toEqual([
    '2',
    '4',
    '4',
    '4',
    '4',
    '4',
    '4',
    '5',
    '5',
    '5',
    '5',
    '5',
  ]);
  expect(new Set(rows.map((row) => row.month))).toEqual(new Set(['2026-11']));
  await expectNoViolations(page, 'report after saving a CSV');
});
