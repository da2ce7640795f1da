import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { batchFileName } from '../../electron/core/batch/format.ts';
import { readStaffKeyBackup } from '../../electron/core/staff/keys/backup-file.ts';
import { receiptFileName } from '../../electron/core/receipt/format.ts';
import {
  button,
  expect,
  expectNoViolations,
  heading,
  kioskPairedWith,
  openSection,
  reportCount,
  startStaff,
  test,
} from './staff-session.ts';

/**
 * The staff tool from its first start to a report, in Chromium: keys made with a backup on a
 * stick, a kiosk paired with the public key file the screen wrote, its batches brought in from
 * the stick, held until the kiosk's code is compared and approved, then counted.
 */
const backupPassphrase = 'four words kept apart';
/** Sticks are looked for every two seconds while a screen shows them. */
const seen = { timeout: 10_000 };

test('first run: keys with a backup on a stick; batches imported, held, approved and counted; a damaged file, one for another key, and a missing batch named', async ({
  page,
  staff,
}) => {
  const backupStick = staff.plugIn('BACKUP');
  await page.goto(staff.url);
  await expect(heading(page, 'Henkilökunnan avaimet')).toBeVisible();
  await expect(page.getByText('Avaimista tehdään heti varmuuskopio')).toBeVisible();
  await expectNoViolations(page, 'first run');

  await button(page, 'Luo uudet henkilökunnan avaimet').click();
  await expect(heading(page, 'Luo uudet avaimet')).toBeFocused();
  const backupFile = page.getByLabel('Varmuuskopiotiedosto');
  await expect(backupFile, 'the stick plugged in is offered').toHaveValue(
    join(backupStick, 'kuulluksi-staff-key-backup.age'),
    seen,
  );
  await expect(page.getByLabel('Julkisen avaimen tiedosto kioskeille')).toHaveValue(
    join(backupStick, 'kuulluksi-staff-key.json'),
  );
  await expect(button(page, 'Tallenna tikulle BACKUP')).toBeVisible();
  await expectNoViolations(page, 'create keys');

  await page.getByLabel('Varmuuskopion salalause', { exact: true }).fill(backupPassphrase);
  await page.getByLabel('Varmuuskopion salalause uudelleen').fill('four words kept apart?');
  await button(page, 'Luo avaimet ja varmuuskopio').click();
  await expect(page.getByRole('alert')).toHaveText(
    'Salalauseet eivät ole samat: kirjoita sama salalause kumpaankin kenttään.',
  );
  await expect(page.getByLabel('Varmuuskopion salalause uudelleen')).toHaveAttribute('aria-invalid', 'true');
  expect(readdirSync(backupStick), 'nothing written').toEqual([]);

  await page.getByLabel('Varmuuskopion salalause uudelleen').fill(backupPassphrase);
  await button(page, 'Luo avaimet ja varmuuskopio').click();
  await expect(heading(page, 'Avaimet on luotu')).toBeFocused();
  const backup = join(backupStick, 'kuulluksi-staff-key-backup.age');
  const publicKeyFile = join(backupStick, 'kuulluksi-staff-key.json');
  await expect(page.getByText(`Varmuuskopio: ${backup} (avattu uudelleen ja tarkistettu)`)).toBeVisible();
  await expectNoViolations(page, 'keys created');
  const keys = await readStaffKeyBackup(backup, () => backupPassphrase);
  const keyCode = JSON.parse(readFileSync(publicKeyFile, 'utf8')).fingerprint as string;
  expect(keys.signing.publicKey).toBe(JSON.parse(readFileSync(publicKeyFile, 'utf8')).signingKey);
  await expect(page.getByText(`Henkilökunnan avaimen tunnus: ${keyCode}`).first()).toBeVisible();

  await button(page, 'Jatka').click();
  await expect(heading(page, 'Tulokset')).toBeVisible();
  await expect(page.getByText('Tältä ajalta ja paikalta ei ole vastauksia.')).toBeVisible();
  await expectNoViolations(page, 'empty dashboard');

  // A kiosk paired with the file the screen wrote exports three batches onto a prepared stick.
  const kiosk = kioskPairedWith(publicKeyFile);
  const folder = join(staff.plugIn('STAFF', { prepared: true }), 'Kuulluksi');
  try {
    await kiosk.answerAndExport([4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 3, 2], folder);
    await kiosk.answerAndExport([1], folder);
    await kiosk.answerAndExport([3], folder);
  } finally {
    kiosk.close();
  }
  const damaged = readFileSync(join(folder, batchFileName(kiosk.kioskId, 3)));
  damaged[damaged.length - 10]! ^= 0x01;
  writeFileSync(join(folder, 'kuulluksi-copy.age'), damaged);
  // And a file the age tool made for some other staff key.
  const otherKey = join(mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-other-key-')), 'keys.txt');
  execFileSync('age-keygen', ['-o', otherKey], { stdio: 'ignore' });
  execFileSync('age', ['-e', '-i', otherKey, '-o', join(folder, 'kuulluksi-other-key.age')], {
    input: '{"body":{}}',
  });
  rmSync(dirname(otherKey), { recursive: true });
  rmSync(join(folder, batchFileName(kiosk.kioskId, 2)));

  await openSection(page, 'Tuonti');
  const stick = page.getByRole('listitem').filter({ hasText: 'STAFF' });
  await expect(stick).toContainText(folder, seen);
  await expect(page.getByRole('listitem').filter({ hasText: 'BACKUP' })).toContainText(
    'ei Kuulluksi-kansiota',
  );
  await expectNoViolations(page, 'import');

  await stick.getByRole('button', { name: 'Tuo vastaukset' }).click();
  const result = page.getByRole('region', { name: 'Tuonnin tulos' });
  await expect(result.getByRole('heading', { name: 'Tuonnin tulos' })).toBeFocused();
  const count = (label: string) =>
    result
      .locator('dt')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  await expect(count('Tuotu')).toHaveText('0 erää');
  await expect(count('Odottaa kioskin hyväksyntää')).toHaveText('2 erää');
  await expect(count('Hylätty')).toHaveText('2 erää');
  // Staff read what is wrong and what to do in their own words; IT gets the importer's reason beneath.
  // A damaged copy and a batch for another key send staff to different fixes, so they read differently.
  const rejected = result.getByRole('list', { name: 'Hylätyt tiedostot' }).getByRole('listitem');
  const damagedCopy = rejected.filter({ hasText: 'kuulluksi-copy.age' });
  await expect(damagedCopy).toContainText(
    'kuulluksi-copy.age: Tiedosto on vioittunut tai vajaa (esimerkiksi kesken jäänyt kopio tai viallinen muistitikku): kopioi se uudelleen kioskin muistitikulta ja tuo kopio.',
  );
  await expect(damagedCopy).toContainText('Tekninen syy: it is damaged or incomplete (age: invalid tag)');
  const forAnotherKey = rejected.filter({ hasText: 'kuulluksi-other-key.age' });
  await expect(forAnotherKey).toContainText(
    'kuulluksi-other-key.age: Erä on tehty toiselle henkilökunnan avaimelle, ei tämän tietokoneen avaimelle.',
  );
  await expect(forAnotherKey).toContainText('Tekninen syy: none of its recipients is this staff key');
  await expect(result.getByRole('list', { name: 'Puuttuvat erät' }).getByRole('listitem')).toHaveText(
    `kioski ${kiosk.kioskId}: erä 2 puuttuu`,
  );
  await expect(result).toContainText('Kuittauksia ei kirjoitettu');
  await expectNoViolations(page, 'import result');

  await button(result, 'Avaa Kioskit').click();
  await expect(heading(page, 'Kioskit')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: kiosk.kioskId });
  await expect(row).toContainText('Odottaa hyväksyntää');
  await expect(row.getByRole('cell')).toHaveText([
    /\d/,
    'Odottaa hyväksyntää',
    /^\d+\.\d+\.\d{4} \(USB-tikku\)$/,
    '2',
    '14',
    `Hyväksy`,
  ]);
  await expectNoViolations(page, 'kiosks');

  await row.getByRole('button', { name: `Hyväksy ${kiosk.kioskId}` }).click();
  const confirm = page.getByRole('group', { name: `Hyväksytäänkö kioski ${kiosk.kioskId}?` });
  await expect(confirm.getByRole('heading')).toBeFocused();
  await expect(confirm).toContainText('katso Yleiskatsauksesta kioskin tunnus');
  await expectNoViolations(page, 'approve kiosk');
  await button(page, 'Tunnus on sama: hyväksy').click();
  // The receipt goes back onto the stick the held batches came from at once, with no second import.
  await expect(page.getByRole('status').filter({ hasText: 'hyväksyttiin' })).toHaveText(
    `Kioski ${kiosk.kioskId} hyväksyttiin. Sen 2 odottanutta erää (14 vastausta) näkyvät nyt raportissa. Kuittaus kirjoitettiin kansioon ${folder}. Seuraavassa viennissä sinne kioski poistaa vastaukset, jotka ovat nyt täällä.`,
  );
  expect(existsSync(join(folder, receiptFileName(kiosk.kioskId)))).toBe(true);
  await expect(row).toContainText('Hyväksytty');
  await expect(row.getByRole('button')).toHaveCount(0);

  await openSection(page, 'Tulokset');
  const cell = reportCount(page, 'Millainen käyntisi oli tänään?');
  await expect(cell('Hyvä')).toHaveText('6');
  await expect(cell('Erittäin hyvä')).toHaveText('5');
  await expect(cell('Ei hyvä eikä huono')).toHaveText('alle 5');
  await expect(cell('Erittäin huono')).toHaveText('0');
  await expect(cell('Yhteensä')).toHaveText('14');
  await expectNoViolations(page, 'dashboard');

  // Every later import leaves the approved kiosk its receipt on the stick again.
  rmSync(join(folder, receiptFileName(kiosk.kioskId)));
  await openSection(page, 'Tuonti');
  await stick.getByRole('button', { name: 'Tuo vastaukset' }).click({ timeout: seen.timeout });
  await expect(count('Tuotu jo aiemmin')).toHaveText('2 erää');
  await expect(result).toContainText(`Kuittaus kirjoitettiin kansioon ${folder}.`);
  expect(existsSync(join(folder, receiptFileName(kiosk.kioskId)))).toBe(true);

  await page.getByLabel('Muu kansio tai erätiedosto').fill(join(folder, 'no-such-folder'));
  await button(page, 'Tuo tästä').click();
  await expect(page.getByRole('alert').filter({ hasText: 'no-such-folder' })).toContainText('does not exist');
});

test('restoring from a backup: a wrong passphrase is refused and stores nothing; the right one opens the staff tool', async ({
  page,
  staff,
}) => {
  const stick = staff.plugIn('SAFE');
  // The backup another staff PC made: created there on its first run.
  const other = await startStaff();
  const created = await fetch(new URL('api/staff.createKeys', other.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      backupFile: join(stick, 'backup.age'),
      backupPassphrase,
      publicKeyFile: join(stick, 'staff-key.json'),
    }),
  }).then((response) => response.json());
  await other.stop();

  await page.goto(staff.url);
  await button(page, 'Palauta avaimet varmuuskopiosta').click();
  await expect(heading(page, 'Palauta avaimet varmuuskopiosta')).toBeFocused();
  await page.getByLabel('Varmuuskopiotiedosto').fill(join(stick, 'backup.age'));
  await page.getByLabel('Varmuuskopion salalause').fill('not the passphrase');
  await button(page, 'Palauta avaimet').click();
  await expect(page.getByRole('alert')).toContainText('Wrong passphrase for the backup');
  await expectNoViolations(page, 'restore refused');
  await page.reload();
  await expect(heading(page, 'Henkilökunnan avaimet'), 'still no keys').toBeVisible();

  await button(page, 'Palauta avaimet varmuuskopiosta').click();
  await page.getByLabel('Varmuuskopiotiedosto').fill(join(stick, 'backup.age'));
  await page.getByLabel('Varmuuskopion salalause').fill(backupPassphrase);
  await button(page, 'Palauta avaimet').click();
  await expect(heading(page, 'Avaimet on palautettu')).toBeVisible();
  await expect(
    page.getByText(`Henkilökunnan avaimen tunnus: ${created.value.keyCode}`).first(),
  ).toBeVisible();
  await expectNoViolations(page, 'keys restored');
  await button(page, 'Jatka').click();
  await expect(heading(page, 'Tulokset')).toBeVisible();
});
