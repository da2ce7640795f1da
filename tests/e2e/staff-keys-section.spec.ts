import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staffKeyFileSchema } from '../../electron/core/keys/staff-public-key-format.ts';
import { staffPublicKey } from '../../electron/core/staff/keys/staff-identity.ts';
import { readStaffKeyBackup } from '../../electron/core/staff/keys/backup-file.ts';
import { button, expect, expectNoViolations, heading, openSection, test } from './staff-session.ts';

/**
 * The staff screen's Keys section, in Chromium: with the keys open, another backup onto a stick
 * (the app's keyring passphrase keeps `kuulluksi staff backup` out) and the public key file
 * written again for a new kiosk, both onto a stick the screen offers.
 */
const managerPassphrase = 'the manager keeps this';
/** Sticks are looked for every two seconds while a screen shows them. */
const seen = { timeout: 10_000 };

test('Keys: the key code, another backup that opens to the same keys, and the public key file with the pairing command', async ({
  page,
  staff,
}) => {
  // Keys made on the first run (the first-run spec follows that screen itself).
  const first = staff.plugIn('BACKUP');
  const created = await fetch(new URL('api/staff.createKeys', staff.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      backupFile: join(first, 'backup.age'),
      backupPassphrase: 'kept apart from it',
      publicKeyFile: join(first, 'staff-key.json'),
    }),
  }).then((response) => response.json());
  const { keyCode } = created.value as { keyCode: string };
  const manager = staff.plugIn('MANAGER');

  await page.goto(staff.url);
  await expect(heading(page, 'Tulokset')).toBeVisible();
  await openSection(page, 'Avaimet');
  const section = page.getByRole('region', { name: 'Avaimet' });
  await expect(section.getByText(`Henkilökunnan avaimen tunnus: ${keyCode}`)).toBeVisible();
  await expect(button(section, 'Tallenna tikulle MANAGER')).toBeVisible(seen);
  await button(section, 'Tallenna tikulle MANAGER').click();
  const backupForm = section.getByRole('form', { name: 'Tee toinen varmuuskopio' });
  const backupFile = join(manager, 'kuulluksi-staff-key-backup.age');
  await expect(backupForm.getByLabel('Varmuuskopiotiedosto')).toHaveValue(backupFile);
  await expectNoViolations(page, 'keys');

  // The same checks as on the first run, before anything is written.
  await backupForm.getByLabel('Varmuuskopion salalause', { exact: true }).fill('too short');
  await backupForm.getByLabel('Varmuuskopion salalause uudelleen').fill('too short');
  await button(backupForm, 'Tee varmuuskopio').click();
  await expect(backupForm.getByRole('alert')).toHaveText('Salalauseessa on oltava vähintään 10 merkkiä.');
  await expect(backupForm.getByLabel('Varmuuskopion salalause', { exact: true })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  expect(readdirSync(manager), 'nothing written').toEqual([]);

  await backupForm.getByLabel('Varmuuskopion salalause', { exact: true }).fill(managerPassphrase);
  await backupForm.getByLabel('Varmuuskopion salalause uudelleen').fill(managerPassphrase);
  await button(backupForm, 'Tee varmuuskopio').click();
  await expect(section.getByRole('heading', { name: 'Varmuuskopio on tehty' })).toBeFocused();
  await expect(
    section.getByText(`Varmuuskopio: ${backupFile} (avattu uudelleen ja tarkistettu)`),
  ).toBeVisible();
  await expect(
    backupForm.getByLabel('Varmuuskopion salalause', { exact: true }),
    'the passphrase is not left on screen',
  ).toHaveValue('');
  const fromBackup = await readStaffKeyBackup(backupFile, () => managerPassphrase);
  expect(staffPublicKey(fromBackup).fingerprint).toBe(keyCode);
  await expectNoViolations(page, 'keys, backup made');

  // The same file again is refused and left as it was.
  const written = readFileSync(backupFile);
  await backupForm.getByLabel('Varmuuskopion salalause', { exact: true }).fill(managerPassphrase);
  await backupForm.getByLabel('Varmuuskopion salalause uudelleen').fill(managerPassphrase);
  await button(backupForm, 'Tee varmuuskopio').click();
  await expect(backupForm.getByRole('alert')).toContainText('already exists; it is never overwritten');
  expect(readFileSync(backupFile).equals(written)).toBe(true);

  const publicKeyForm = section.getByRole('form', { name: 'Tallenna julkisen avaimen tiedosto kioskeille' });
  const publicKeyFile = join(manager, 'kuulluksi-staff-key.json');
  await expect(publicKeyForm.getByLabel('Julkisen avaimen tiedosto kioskeille')).toHaveValue(publicKeyFile);
  await button(publicKeyForm, 'Tallenna julkisen avaimen tiedosto').click();
  await expect(
    section.getByRole('heading', { name: 'Julkisen avaimen tiedosto on tallennettu' }),
  ).toBeFocused();
  await expect(
    section.getByText(`kuulluksi kiosk pair --data KIOSK_DIR --staff ${publicKeyFile}`),
  ).toBeVisible();
  expect(existsSync(publicKeyFile)).toBe(true);
  expect(staffKeyFileSchema.parse(JSON.parse(readFileSync(publicKeyFile, 'utf8')))).toEqual(
    staffPublicKey(fromBackup),
  );
  await expectNoViolations(page, 'keys, public key file saved');
});
