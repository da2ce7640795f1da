import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateStaffIdentity } from '../../electron/core/staff/keys/staff-identity.ts';
import { staffKeyOptions } from '../../electron/shell/staff-keys.ts';
import { writePlainKeyStaffFolder } from '../helpers/plain-staff-keys.ts';
import { accountStorage } from '../helpers/secret-storage.ts';
import { button, expect, expectNoViolations, heading, startStaff, test } from './staff-session.ts';

/**
 * When the staff keys cannot be opened, the staff screen says what is wrong and what to do,
 * and offers nothing that would need them.
 */
test('on a computer without a keyring, the staff tool opens and says what to set up', async ({ page }) => {
  const userData = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-user-data-'));
  // What Electron's shell gives the core on Linux without a keyring.
  const staff = await startStaff(staffKeyOptions('staff', userData, accountStorage('basic_text')));
  try {
    await page.goto(staff.url);
    await expect(heading(page, 'Avaimille ei ole suojattua salalausetta')).toBeVisible();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'Linuxissa tarvitaan avainnippu, esimerkiksi GNOME Keyring tai KWallet',
    );
    await expect(alert).toContainText('kuulluksi serve --role staff');
    await expect(alert).toContainText('no protected storage for the staff key passphrase');
    await expect(button(page, 'Luo uudet henkilökunnan avaimet')).toHaveCount(0);
    await expectNoViolations(page, 'no keyring');

    await page.getByRole('group', { name: 'Kieli' }).getByRole('button', { name: 'English' }).click();
    await expect(heading(page, 'There is no protected passphrase for the keys')).toBeVisible();
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Svenska' }).click();
    await expect(heading(page, 'Det finns ingen skyddad lösenfras för nycklarna')).toBeVisible();
    await expectNoViolations(page, 'no keyring, in Swedish');
  } finally {
    await staff.stop();
    rmSync(userData, { recursive: true, force: true });
  }
});

test('keys an older version left unprotected: the screen names the command that protects them', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-staff-plain-'));
  writePlainKeyStaffFolder(dataDir, await generateStaffIdentity());
  const staff = await startStaff({ dataDir });
  try {
    await page.goto(staff.url);
    await expect(heading(page, 'Henkilökunnan avaimia ei voi avata')).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('kuulluksi staff protect-keys --data DATAKANSIO');
    await expect(page.getByText(/Henkilökunnan avaimen tunnus: [A-Z2-7]{4}-/)).toBeVisible();
    await expectNoViolations(page, 'unprotected keys');
  } finally {
    await staff.stop();
  }
});
