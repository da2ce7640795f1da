import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './kiosk-session.ts';
import {
  adminCall,
  bankCard,
  button,
  firstQuestion,
  lockAdmin,
  openAdmin,
  openSection,
  previewIn,
  setPin,
  toClientScreen,
  skipToThanks,
  type BankEntryBody,
} from './reception.ts';

const bank = async (url: string): Promise<BankEntryBody[]> =>
  (await adminCall(url, 'admin.questionBank')).entries;
const status = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text });

test.beforeEach(async ({ page, kiosk }) => {
  setPin(kiosk.dataDir);
  await toClientScreen(page, kiosk.host.url);
});

test('new wording is a new version: clients see it at once, and each answer keeps the version it was given to', async ({
  page,
  kiosk,
}) => {
  await button(page, 'Hyvä').click();
  await skipToThanks(page);
  await page.clock.runFor(6_000);

  await openAdmin(page);
  await openSection(page, 'Kysymyspankki');
  await bankCard(page, firstQuestion).getByRole('button', { name: 'Muokkaa' }).click();
  await expect(page.getByText('tallennus tekee kysymyksestä uuden version')).toBeVisible();
  await page
    .getByRole('textbox', { name: 'Suomeksi (pakollinen)' })
    .first()
    .fill('Millainen päiväsi täällä oli?');
  await expect(page.getByTestId('question-preview')).toContainText('Millainen päiväsi täällä oli?');
  await button(page, 'Tallenna').click();
  await expect(status(page, 'Tallennettu. Kysymyksen versio on nyt 3.')).toBeVisible();
  await expect(bankCard(page, 'Millainen päiväsi täällä oli?')).toContainText('Versio 3');
  await openSection(page, 'Yleiskatsaus');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText(
    'Kysymyspankki”Millainen päiväsi täällä oli?”: uusi sanamuoto, versio 3',
  );

  await lockAdmin(page);
  await expect(page.getByRole('heading', { name: 'Millainen päiväsi täällä oli?' })).toBeVisible();
  await button(page, 'Svenska').click();
  await expect(page.getByRole('heading', { name: 'Hur var ditt besök i dag?' })).toBeVisible();
  await button(page, 'Dåligt').click();
  await page.getByRole('button', { name: 'Hoppa över' }).first().click();
  await page.getByRole('button', { name: 'Hoppa över' }).first().click();
  await expect(page.getByRole('heading', { name: 'Tack!' })).toBeVisible();

  expect(kiosk.answersByVersion()).toEqual([
    { question_id: 'visit-today', question_version: 2, value: 4 },
    { question_id: 'visit-today', question_version: 3, value: 2 },
  ]);
});

test('saving without a change to the wording makes no new version', async ({ page, kiosk }) => {
  await openAdmin(page);
  await openSection(page, 'Kysymyspankki');
  await bankCard(page, firstQuestion).getByRole('button', { name: 'Muokkaa' }).click();
  await page.getByLabel('Osallisuus yhteiseen hyvään').check();
  await button(page, 'Tallenna').click();
  await expect(status(page, 'Tallennettu.')).toBeVisible();
  await expect(bankCard(page, firstQuestion)).toContainText('Osallisuus yhteiseen hyvään · Versio 2');
  expect(
    (await bank(kiosk.host.url)).find((entry) => entry.question.id === 'visit-today')!.question.version,
  ).toBe(2);
});

test('a new question needs its Finnish text; empty fields in other languages fall back to Finnish', async ({
  page,
  kiosk,
}) => {
  const before = await bank(kiosk.host.url);
  await openAdmin(page);
  await openSection(page, 'Kysymyspankki');
  await button(page, 'Lisää uusi kysymys').click();
  await page.getByRole('textbox', { name: 'Ruotsiksi' }).first().fill('Fick du den hjälp du behövde?');
  await button(page, 'Tallenna').click();
  await expect(page.getByRole('alert').filter({ hasText: 'Kirjoita kysymys suomeksi' })).toBeVisible();
  expect(await bank(kiosk.host.url)).toEqual(before);

  await page
    .getByRole('textbox', { name: 'Suomeksi (pakollinen)' })
    .first()
    .fill('Saitko tarvitsemaasi apua?');
  await page.getByLabel('Kyllä, ei tai en osaa sanoa').check();
  const positive = page.getByRole('group', { name: 'Myönteisen vastauksen jälkeen' });
  await positive.getByRole('button', { name: 'Lisää vaihtoehto' }).click();
  await positive.getByRole('button', { name: 'Lisää vaihtoehto' }).click();
  await button(page, 'Tallenna').click();
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Myönteisen vastauksen jälkeen, vaihtoehto 1: kirjoita teksti suomeksi.' }),
  ).toBeVisible();
  await positive
    .getByRole('group', { name: 'Vaihtoehto 1' })
    .getByLabel('Suomeksi (pakollinen)')
    .fill('Sain neuvoja');
  await positive
    .getByRole('group', { name: 'Vaihtoehto 1' })
    .getByLabel('Kuva')
    .selectOption({ label: 'Info' });
  await positive
    .getByRole('group', { name: 'Vaihtoehto 2' })
    .getByLabel('Suomeksi (pakollinen)')
    .fill('Sain neuvoja!');
  await previewIn(page, 'English');
  await expect(page.getByText('Tällä kielellä ei ole omaa tekstiä')).toBeVisible();
  await expect(page.getByTestId('question-preview')).toContainText('Saitko tarvitsemaasi apua?');
  await expect(page.getByTestId('question-preview')).toContainText('Not sure');
  await button(page, 'Tallenna').click();
  await expect(status(page, 'Kysymys lisättiin pankkiin.')).toBeVisible();
  await expect(bankCard(page, 'Saitko tarvitsemaasi apua?')).toContainText('Kyllä, ei tai en osaa sanoa');

  const added = (await bank(kiosk.host.url)).find(
    (entry) => entry.question.texts['fi'] === 'Saitko tarvitsemaasi apua?',
  )!;
  expect(added).toMatchObject({
    verbatim: false,
    archived: false,
    question: {
      version: 1,
      texts: { fi: 'Saitko tarvitsemaasi apua?', sv: 'Fick du den hjälp du behövde?' },
      followUps: {
        positive: [
          { id: 'sain-neuvoja', texts: { fi: 'Sain neuvoja' }, pictogram: 'information' },
          { id: 'sain-neuvoja-2', texts: { fi: 'Sain neuvoja!' } },
        ],
        negative: [],
      },
    },
  });
});

test('an item code is optional: one it cannot take is refused saying what it may hold, a good one is a new version with the same wording, shown in the bank', async ({
  page,
  kiosk,
}) => {
  const before = await bank(kiosk.host.url);
  await openAdmin(page);
  await openSection(page, 'Kysymyspankki');
  await bankCard(page, firstQuestion).getByRole('button', { name: 'Muokkaa' }).click();
  const code = page.getByRole('textbox', { name: 'Kysymyksen tunnus (valinnainen)' });
  await expect(code).toHaveValue('');
  await expect(code).toHaveAccessibleDescription(/uuden version/);
  await code.fill('bad code!');
  await button(page, 'Tallenna').click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Tunnuksessa voi olla enintään 32 merkkiä' }),
  ).toBeVisible();
  await expect(code).toHaveAttribute('aria-invalid', 'true');
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
  expect(await bank(kiosk.host.url)).toEqual(before);

  await code.fill('example.4');
  await button(page, 'Tallenna').click();
  await expect(status(page, 'Tallennettu. Kysymyksen versio on nyt 3.')).toBeVisible();
  await expect(bankCard(page, firstQuestion)).toContainText('Tunnus example.4 · Versio 3');
  const [was, now] = [before, await bank(kiosk.host.url)].map((entries) =>
    entries.find((entry) => entry.question.id === 'visit-today')!,
  );
  expect(now!.itemCode).toBe('example.4');
  expect(now!.question.texts).toEqual(was!.question.texts);
});

test('a verbatim question shows its wording but cannot be edited; its area and item code can still change', async ({
  page,
  kiosk,
}) => {
  const statement = 'Sain riittävästi tietoa palveluista.';
  await openAdmin(page);
  await openSection(page, 'Kysymyspankki');
  await button(page, 'Lisää uusi kysymys').click();
  await page.getByRole('textbox', { name: 'Suomeksi (pakollinen)' }).first().fill(statement);
  await page.getByLabel('Samaa tai eri mieltä').check();
  await page.getByLabel(/^Sanatarkka kysymys/).check();
  await button(page, 'Tallenna').click();
  await expect(status(page, 'Kysymys lisättiin pankkiin.')).toBeVisible();

  const card = bankCard(page, statement);
  await expect(card).toContainText('Sanatarkka');
  await expect(card.getByRole('button', { name: 'Muokkaa' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Näytä' }).click();
  await expect(
    page.getByText('Tämä kysymys on sanatarkka: sitä ei voi muokata, vain korvata uudella.'),
  ).toBeVisible();
  // The item code is the one thing to type: the wording has no field.
  await expect(page.getByRole('textbox')).toHaveCount(1);
  await expect(page.getByRole('definition').filter({ hasText: statement })).toBeVisible();

  await page.getByLabel('Osallisuus vaikuttamiseen').check();
  await button(page, 'Tallenna').click();
  await expect(status(page, 'Tallennettu.')).toBeVisible();
  const entry = (await bank(kiosk.host.url)).find((each) => each.question.texts['fi'] === statement)!;
  expect(entry).toMatchObject({
    verbatim: true,
    area: 'influencing',
    itemCode: null,
    question: { version: 1, texts: { fi: statement } },
  });

  await card.getByRole('button', { name: 'Näytä' }).click();
  await page.getByRole('textbox', { name: 'Kysymyksen tunnus (valinnainen)' }).fill('example.5');
  await button(page, 'Tallenna').click();
  await expect(card).toContainText('Tunnus example.5 · Versio 2');
  expect((await bank(kiosk.host.url)).find((each) => each.question.texts['fi'] === statement)).toMatchObject({
    verbatim: true,
    itemCode: 'example.5',
    question: { version: 2, texts: { fi: statement } },
  });
});

test('an archived question leaves the choices but stays in the bank; one the schedule uses says so instead of offering Archive', async ({
  page,
  kiosk,
}) => {
  const food = (await bank(kiosk.host.url)).find((entry) => entry.question.id === 'food-and-coffee')!.question
    .texts['fi']!;
  await openAdmin(page);
  await openSection(page, 'Kysymyspankki');
  await bankCard(page, food).getByRole('button', { name: 'Arkistoi' }).click();
  await expect(status(page, 'Kysymys arkistoitiin.')).toBeVisible();
  await expect(page.getByText('Arkistoidut kysymykset (1)')).toBeVisible();
  await expect(bankCard(page, food)).toBeHidden();

  await openSection(page, 'Päivän kysymys');
  await expect(page.getByLabel('Kysymys', { exact: true }).locator('option', { hasText: food })).toHaveCount(
    0,
  );

  await openSection(page, 'Kysymyspankki');
  await page.getByText('Arkistoidut kysymykset (1)').click();
  await bankCard(page, food).getByRole('button', { name: 'Palauta käyttöön' }).click();
  await expect(status(page, 'Kysymys palautettiin käyttöön.')).toBeVisible();
  await expect(page.getByText(/^Arkistoidut kysymykset/)).toHaveCount(0);

  // The question on screen is the schedule's default: its card says so instead of offering Archive.
  await expect(bankCard(page, firstQuestion).getByRole('button', { name: 'Arkistoi' })).toHaveCount(0);
  await expect(bankCard(page, firstQuestion)).toContainText(
    'Aikataulu kysyy tätä kysymystä (oletuksena), joten sitä ei voi arkistoida. Muuta ensin aikataulua kohdassa Päivän kysymys.',
  );
  expect((await bank(kiosk.host.url)).filter((entry) => entry.archived)).toEqual([]);
});
