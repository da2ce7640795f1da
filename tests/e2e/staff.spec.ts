import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callHost, serve } from '../../build/serve-host.ts';
import { runCli } from '../helpers/cli.ts';
import { staffPassphraseFiles } from '../helpers/staff-cli.ts';
import { reportCount } from './staff-session.ts';

let root: string;
let passphrases: ReturnType<typeof staffPassphraseFiles>;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-staff-'));
  const [staffDir, kioskDir] = ['staff', 'kiosk'].map((name) => join(root, name));
  // The backup and passphrase files live apart from the folder batches are imported from.
  passphrases = staffPassphraseFiles(join(root, 'keys'));
  expect(
    runCli([
      'staff',
      'init',
      '--data',
      staffDir!,
      '--out',
      join(root, 'staff-key.json'),
      ...passphrases.init(),
    ]).status,
  ).toBe(0);
  expect(runCli(['kiosk', 'pair', '--data', kioskDir!, '--staff', join(root, 'staff-key.json')]).status).toBe(
    0,
  );
  const kiosk = await serve('kiosk', kioskDir!);
  for (const value of [4, 4, 4, 4, 4, 4, 5, 5, 5, 5, 5, 3, 2]) {
    await callHost(kiosk.url, 'kiosk.submitResponse', {
      questionId: 'visit-today',
      questionVersion: 1,
      value,
    });
  }
  await kiosk.stop();
  expect(runCli(['kiosk', 'export', '--data', kioskDir!, '--to', root]).status).toBe(0);
  const imported = runCli(['staff', 'import', '--data', staffDir!, ...passphrases.unlock, root]);
  expect(imported.status).toBe(0);
  // A kiosk staff have not seen before is held until they approve its code.
  const kioskId = JSON.parse(imported.stdout).held[0].kioskId as string;
  expect(
    runCli(['staff', 'approve', '--data', staffDir!, '--kiosk', kioskId, ...passphrases.unlock]).status,
  ).toBe(0);
});

test.afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the staff tool shows imported answers per question in an accessible table, small counts hidden', async ({
  page,
}) => {
  const host = await serve('staff', join(root, 'staff'), passphrases.unlock);
  try {
    await page.goto(host.url);
    await expect(page.getByRole('region', { name: 'Millainen käyntisi oli tänään?' })).toBeVisible();
    const count = reportCount(page, 'Millainen käyntisi oli tänään?');
    await expect(count('Erittäin hyvä')).toHaveText('5');
    await expect(count('Hyvä')).toHaveText('6');
    await expect(count('Ei hyvä eikä huono')).toHaveText('alle 5');
    await expect(count('Huono')).toHaveText('alle 5');
    await expect(count('Erittäin huono')).toHaveText('0');
    await expect(count('Yhteensä')).toHaveText('13');
  } finally {
    await host.stop();
  }
});
