import type { Page } from '@playwright/test';
import { identityToRecipient } from 'age-encryption';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBatch } from '../../electron/core/batch/open-batch.ts';
import { expect, test } from './kiosk-session.ts';

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Answers with one tap and skips the steps after it, whatever the screen's language. */
async function answer(page: Page, face: string, thanks: string) {
  await button(page, face).click();
  for (let step = 0; step < 2; step++)
    await page.getByRole('button', { name: /^(Hoppa över|Ohita)$/ }).click();
  await expect(page.getByRole('heading', { name: thanks })).toBeVisible();
}

test('an answer given with the screen in Swedish is kept and exported as Swedish, the next person’s in Finnish as Finnish', async ({
  page,
  kiosk,
}) => {
  const ageIdentity = await kiosk.pairWithStaff();
  await page.goto(kiosk.host.url);
  await button(page, 'Svenska').click();
  await expect(page.getByRole('heading', { name: 'Hur var ditt besök i dag?' })).toBeVisible();
  await answer(page, 'Bra', 'Tack!');
  await page.clock.runFor(6_000);
  await expect(page.getByRole('heading', { name: 'Millainen käyntisi oli tänään?' })).toBeVisible();
  await answer(page, 'Huono', 'Kiitos!');

  expect(kiosk.answerLanguages()).toEqual([
    { value: 2, language: 'fi' },
    { value: 4, language: 'sv' },
  ]);
  const stick = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-stick-'));
  try {
    const [file] = await kiosk.exportTo(stick);
    const { body } = await openBatch(readFileSync(file!), {
      identity: ageIdentity,
      recipient: await identityToRecipient(ageIdentity),
    });
    expect(body.version).toBe(3);
    expect(
      body.responses.map((response) => [response.value, 'language' in response && response.language]).sort(),
    ).toEqual([
      [2, 'fi'],
      [4, 'sv'],
    ]);
  } finally {
    rmSync(stick, { recursive: true, force: true });
  }
});
