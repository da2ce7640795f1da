import type { Page } from '@playwright/test';
import { en } from '../../renderer/i18n/en.ts';
import { fi } from '../../renderer/i18n/fi.ts';
import { selko } from '../../renderer/i18n/selko.ts';
import { sv } from '../../renderer/i18n/sv.ts';
import { expect, test } from './kiosk-session.ts';

const question = 'Millainen käyntisi oli tänään?';
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const [, bad, , good, veryGood] = fi.scales['smiley-5'];

test('a mis-tap is changed from the follow-up and from the comment step: one answer is stored, the final one, with the words', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.host.url);
  await button(page, bad!).click();
  await expect(page.getByRole('heading', { name: fi.followUpTitle })).toBeVisible();
  await expect(button(page, 'En saanut apua')).toBeVisible();

  await button(page, fi.changeAnswer).click();
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await expect(page.getByText(fi.changeHint)).toBeVisible();
  await expect(button(page, bad!)).toHaveAttribute('aria-pressed', 'true');
  await expect(button(page, good!)).toHaveAttribute('aria-pressed', 'false');
  expect(kiosk.answers()).toEqual([
    { question_version: 2, value: 2, follow_up: null, comment: null, repeat: 0 },
  ]);

  // The new face's own reasons are offered, as after a first tap.
  await button(page, good!).click();
  await expect(button(page, 'Sain apua')).toBeVisible();
  await expect(button(page, 'En saanut apua')).toHaveCount(0);
  await button(page, 'Sain apua').click();
  await expect(page.getByRole('heading', { name: fi.commentTitle })).toBeVisible();
  const box = page.getByRole('textbox', { name: fi.commentLabel });
  await box.fill('Kiitos avusta');

  await button(page, fi.changeAnswer).click();
  await expect(button(page, good!)).toHaveAttribute('aria-pressed', 'true');
  await button(page, veryGood!).click();
  await button(page, fi.skip).click();
  // The words typed before going back are there again.
  await expect(box).toHaveValue('Kiitos avusta');
  await button(page, fi.send).click();
  await expect(page.getByRole('heading', { name: fi.thanks })).toBeVisible();

  expect(kiosk.answers()).toEqual([
    { question_version: 2, value: 5, follow_up: null, comment: 'Kiitos avusta', repeat: 0 },
  ]);
  await expect(button(page, fi.changeAnswer)).toHaveCount(0);
});

test('the way back is offered in every language, easy Finnish too, and the next person starts with no answer marked', async ({
  page,
  kiosk,
}) => {
  await page.goto(kiosk.host.url);
  for (const [language, words] of [
    ['Svenska', sv],
    ['English', en],
    ['Selkosuomi', selko],
  ] as const) {
    await button(page, language).click();
    const [, , , goodFace] = words.scales['smiley-5'];
    await button(page, goodFace!).click();
    await expect(page.getByRole('heading', { name: words.followUpTitle })).toBeVisible();
    await button(page, words.changeAnswer).click();
    await expect(button(page, goodFace!)).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(words.changeHint)).toBeVisible();
    // Walking away here keeps the answer as first given; the next person finds a fresh start.
    await page.clock.runFor(45_000);
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await page.clock.runFor(16_000);
    await expect(page.getByRole('heading', { name: question })).toBeVisible();
    await expect(button(page, good!)).not.toHaveAttribute('aria-pressed');
  }
  expect(kiosk.answers().map((answer) => answer.value)).toEqual([4, 4, 4]);
});
