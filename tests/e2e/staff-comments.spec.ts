import type { Locator, Page } from '@playwright/test';
import { fewAnswersComment, staffFolderWithComments } from './staff-comments-data.ts';
import { button, expect, expectNoViolations, heading, startStaff, test as base } from './staff-session.ts';

/**
 * Clients' comments in Chromium, from a real batch imported by the staff core: staff read them,
 * search, hide one (saying who decided), flag one, select one for the report, all by keyboard
 * where it matters, and the change log lists each decision.
 */
const test = base.extend({
  staff: async ({}, use) => {
    const staff = await startStaff({ dataDir: await staffFolderWithComments() });
    await use(staff);
    await staff.stop();
  },
});

const results = (page: Page) => page.getByRole('list', { name: 'Löydetyt kommentit' });
const card = (page: Page, text: string) => results(page).getByRole('listitem').filter({ hasText: text });

async function openComments(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('navigation', { name: 'Osiot' }).getByRole('button', { name: 'Kommentit' }).click();
  await expect(heading(page, 'Kommentit')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /kommenttia$/ })).toHaveText('5 kommenttia');
}

/** Presses Tab (or Shift+Tab, back up) until `target` has the focus, as a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 200; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error('Tab never reached the element');
}

test('staff read the comments with their question, answer and week; a question with too few answers shows none', async ({
  page,
  staff,
}) => {
  await openComments(page, staff.url);
  await expect(results(page).getByRole('listitem')).toHaveCount(5);
  const coffee = card(page, 'Kahvi oli tosi hyvää');
  await expect(coffee).toContainText('Millainen käyntisi oli tänään?');
  await expect(coffee).toContainText('Vastaus: Hyvä');
  await expect(coffee).toContainText('viikko 47/2026');
  await expect(coffee).not.toContainText('17.11');
  await expect(page.getByText(fewAnswersComment)).toHaveCount(0);
  await expect(page.getByText(/Yhden kysymyksen kommentteja ei näytetä/)).toBeVisible();
  await expect(page.getByText('Kommenteista ei ole vielä päätetty mitään.')).toBeVisible();
  await expectNoViolations(page, 'comments');

  await page.getByLabel('Hae kommenteista').fill('CAFE');
  await expect(results(page).getByRole('listitem')).toHaveCount(1);
  await expect(results(page)).toContainText('Café oli kiinni koko päivän');
  await page.getByLabel('Hae kommenteista').fill('jonoa; "TAAS"');
  await expect(results(page).getByRole('listitem')).toHaveText([/Ovella oli jonoa; "taas" kerran/]);
  await page.getByLabel('Hae kommenteista').fill('tee');
  await expect(page.getByText('Näillä valinnoilla ei ole kommentteja.')).toBeVisible();

  await page.getByLabel('Hae kommenteista').fill('');
  await page.getByLabel('Aika', { exact: true }).selectOption('month');
  await page.getByLabel('Vuosi', { exact: true }).selectOption('2026');
  await page.getByLabel('Kuukausi', { exact: true }).selectOption('10');
  await expect(page.getByText('Näillä valinnoilla ei ole kommentteja.')).toBeVisible();
  await page.getByLabel('Kuukausi', { exact: true }).selectOption('11');
  await expect(results(page).getByRole('listitem')).toHaveCount(5);
});

test('by keyboard only, staff hide a comment saying who decided; it is kept under Hidden and logged', async ({
  page,
  staff,
}) => {
  await openComments(page, staff.url);
  const sauna = card(page, 'Saunavuoro puuttuu');
  await tabTo(page, button(sauna, 'Piilota'));
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Piilota kommentti raporteista ja vienneistä' });
  await expect(form).toBeVisible();
  await expectNoViolations(page, 'comments, deciding');

  // Without saying who decided, nothing is hidden.
  await tabTo(page, button(form, 'Vahvista'));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Kirjoita, kuka päätti' })).toBeVisible();
  await expect(results(page).getByRole('listitem')).toHaveCount(5);

  await tabTo(page, form.getByLabel('Kuka päätti', { exact: true }));
  await page.keyboard.type('tiimipalaveri 3.12.');
  await page.keyboard.press('Tab');
  await page.keyboard.type('loukkaava');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Kommentti piilotettiin' })).toBeVisible();
  await expect(results(page).getByRole('listitem')).toHaveCount(4);
  await expect(sauna).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Löydetyt kommentit', level: 3 })).toBeFocused();

  // Back up to the list to show: the arrow keys move along a group of radio buttons.
  await tabTo(page, page.getByRole('radio', { name: 'Kaikki (ei piilotettuja)' }), 'Shift+Tab');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Piilotetut' })).toBeChecked();
  await expect(results(page).getByRole('listitem')).toHaveCount(1);
  await expect(sauna).toContainText('Piilotettu');

  const log = page.getByRole('table', { name: 'Muutosloki' });
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log.getByRole('row').nth(1)).toContainText('Piilota');
  await expect(log.getByRole('row').nth(1)).toContainText('tiimipalaveri 3.12.');
  await expect(log.getByRole('row').nth(1)).toContainText('loukkaava');

  // Cancelling with Escape leaves the comment as it was, and the keyboard on its buttons.
  await tabTo(page, button(sauna, 'Palauta näkyviin'));
  await page.keyboard.press('Enter');
  // The form takes the keyboard once drawn (its heading is focused); Escape then closes it.
  await expect(page.getByRole('heading', { name: 'Palauta kommentti näkyviin', level: 4 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button(sauna, 'Palauta näkyviin')).toBeFocused();
  await expectNoViolations(page, 'comments, hidden');
});

test('staff flag one comment for follow-up and select another for the report; each list shows its own', async ({
  page,
  staff,
}) => {
  await openComments(page, staff.url);
  await button(card(page, 'Kahvi oli tosi hyvää'), 'Merkitse seurattavaksi').click();
  await page
    .getByRole('form', { name: 'Merkitse kommentti seurattavaksi' })
    .getByRole('button', { name: 'Vahvista' })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Kommentti merkittiin seurattavaksi.' }),
  ).toBeVisible();
  await expect(card(page, 'Kahvi oli tosi hyvää')).toContainText('Seurattava');

  await button(card(page, 'Ohjaaja kuunteli'), 'Valitse raporttiin').click();
  const select = page.getByRole('form', { name: 'Valitse kommentti sosiaaliseen raporttiin' });
  await select.getByLabel('Kuka päätti (vapaaehtoinen)').fill('asiakasraati');
  await select.getByRole('button', { name: 'Vahvista' }).click();
  await expect(card(page, 'Ohjaaja kuunteli')).toContainText('Valittu raporttiin');

  await page.getByRole('radio', { name: 'Seurattavaksi merkityt' }).check();
  await expect(results(page).getByRole('listitem')).toHaveText([/Kahvi oli tosi hyvää/]);
  await page.getByRole('radio', { name: 'Raporttiin valitut' }).check();
  await expect(results(page).getByRole('listitem')).toHaveText([/Ohjaaja kuunteli/]);
  await button(card(page, 'Ohjaaja kuunteli'), 'Poista raportista').click();
  await page
    .getByRole('form', { name: 'Poista kommentti sosiaalisesta raportista' })
    .getByRole('button', { name: 'Vahvista' })
    .click();
  await expect(page.getByText('Näillä valinnoilla ei ole kommentteja.')).toBeVisible();

  const rows = page.getByRole('table', { name: 'Muutosloki' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Poista raportista');
  await expect(rows.nth(2)).toContainText('asiakasraati');
  await expect(rows.nth(3)).toContainText('Merkitse seurattavaksi');
  await expectNoViolations(page, 'comments, selected');
});
