import type { Page } from '@playwright/test';
import { expect, testOnClock as test } from './kiosk-session.ts';
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
  type BankEntryBody,
} from './reception.ts';

// Monday 16 November 2026, 10:00 on the kiosk's clock.
test.use({ clockStart: new Date(2026, 10, 16, 10, 0) });

/** The seeded bank's texts, by question id, as the core holds them. */
async function textsById(url: string): Promise<Record<string, Record<string, string>>> {
  const { entries } = (await adminCall(url, 'admin.questionBank')) as { entries: BankEntryBody[] };
  return Object.fromEntries(entries.map((entry) => [entry.question.id, entry.question.texts]));
}

const clientAsks = (page: Page, text: string) =>
  expect(page.getByRole('heading', { level: 1, name: text })).toBeVisible();
const todayCard = (page: Page) => page.getByRole('heading', { name: 'Tänään kysytään' }).locator('..');

test.beforeEach(async ({ page, kioskOnClock: kiosk }) => {
  setPin(kiosk.dataDir);
  await toClientScreen(page, kiosk.url);
});

test('the plan picks the question day by day: a date range, else the weekday, else the default', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  const texts = await textsById(kiosk.url);
  const [byDefault, onTuesdays, inRange] = [
    texts['felt-heard']!.fi!,
    texts['trust-the-staff']!.fi!,
    texts['atmosphere-today']!.fi!,
  ];

  await openAdmin(page);
  await openSection(page, 'Päivän kysymys');
  await page.getByLabel('Oletuskysymys').selectOption({ label: byDefault });
  await page.getByLabel('Tiistai', { exact: true }).selectOption({ label: onTuesdays });
  await button(page, 'Lisää ajanjakso').click();
  const range = page.getByRole('group', { name: 'Ajanjakso 1' });
  await range.getByLabel('Alkaa').fill('2026-11-19');
  await range.getByLabel('Päättyy (viimeinen päivä)').fill('2026-11-20');
  await range.getByLabel('Kysymys').selectOption({ label: inRange });
  await button(page, 'Tallenna suunnitelma').click();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();
  await expect(todayCard(page)).toContainText(byDefault);
  await expect(todayCard(page)).toContainText('Oletuskysymys: mikään muu ei ole tänään voimassa.');
  // The bank tells which questions the plan holds, and why they cannot be archived now.
  await openSection(page, 'Kysymyspankki');
  await expect(bankCard(page, onTuesdays)).toContainText(
    'Aikataulu kysyy tätä kysymystä (tiistaisin), joten sitä ei voi arkistoida.',
  );
  await expect(bankCard(page, inRange)).toContainText(
    'Aikataulu kysyy tätä kysymystä (19.11.2026–20.11.2026)',
  );
  await expect(bankCard(page, firstQuestion).getByRole('button', { name: 'Arkistoi' })).toBeVisible();
  // The change log words the plan as reception made it.
  await openSection(page, 'Yleiskatsaus');
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText(
    `Kysymysten aikataulu${[`oletuksena ”${byDefault}”`, `tiistaisin ”${onTuesdays}”`, `19.11.2026–20.11.2026 ”${inRange}”`].join('; ')}`,
  );
  await lockAdmin(page);
  await clientAsks(page, byDefault);

  // Tuesday: the start screen asks the kiosk again each minute, so nobody has to reload it.
  kiosk.advanceDays(1);
  await page.clock.runFor(60_000);
  await clientAsks(page, onTuesdays);

  for (const [days, asked] of [
    [2, inRange], // Thursday 19th, the range's first day
    [1, inRange], // Friday 20th, its last
    [1, byDefault], // Saturday
    [3, onTuesdays], // Tuesday again
  ] as const) {
    kiosk.advanceDays(days);
    await page.reload();
    await clientAsks(page, asked);
  }
});

test('ask now puts a question on screen at once, for the rest of the day and as the default after', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  const texts = await textsById(kiosk.url);
  const recommend = texts['would-recommend']!;

  await openAdmin(page);
  await openSection(page, 'Päivän kysymys');
  await expect(todayCard(page)).toContainText(firstQuestion);
  await expect(page.getByTestId('question-preview')).toContainText(firstQuestion);
  await page.getByLabel('Kysymys', { exact: true }).selectOption({ label: recommend.fi! });
  await expect(page.getByTestId('question-preview')).toContainText(recommend.fi!);
  await previewIn(page, 'Svenska');
  await expect(page.getByTestId('question-preview')).toContainText(recommend.sv!);
  await expect(page.getByTestId('question-preview')).toContainText('Behöver du hjälp nu?');
  await button(page, 'Kysy tätä nyt').click();
  await expect(page.getByRole('status').filter({ hasText: 'Kysymys on nyt näytöllä.' })).toBeVisible();
  await expect(todayCard(page)).toContainText(recommend.fi!);
  await expect(todayCard(page)).toContainText('Valittu tänään täältä ylläpidosta.');

  await lockAdmin(page);
  await clientAsks(page, recommend.fi!);
  kiosk.advanceDays(1);
  await page.clock.runFor(60_000);
  await clientAsks(page, recommend.fi!);
  const { schedule, today } = await adminCall(kiosk.url, 'admin.schedule');
  expect(today).toEqual({ questionId: 'would-recommend', because: 'default' });
  expect(schedule.defaultQuestionId).toBe('would-recommend');
});

test('a plan with a range without days, overlapping ranges, or a range that ends before it starts is refused in reception’s words, and nothing changes', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  const before = await adminCall(kiosk.url, 'admin.schedule');
  await openAdmin(page);
  await openSection(page, 'Päivän kysymys');
  await button(page, 'Lisää ajanjakso').click();
  await button(page, 'Tallenna suunnitelma').click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Ajanjakso 1: valitse alkamis- ja päättymispäivä.' }),
  ).toBeVisible();

  await page.getByRole('group', { name: 'Ajanjakso 1' }).getByLabel('Alkaa').fill('2026-11-20');
  await page
    .getByRole('group', { name: 'Ajanjakso 1' })
    .getByLabel('Päättyy (viimeinen päivä)')
    .fill('2026-11-25');
  await button(page, 'Lisää ajanjakso').click();
  await page.getByRole('group', { name: 'Ajanjakso 2' }).getByLabel('Alkaa').fill('2026-11-22');
  await page
    .getByRole('group', { name: 'Ajanjakso 2' })
    .getByLabel('Päättyy (viimeinen päivä)')
    .fill('2026-11-30');
  await button(page, 'Tallenna suunnitelma').click();
  await expect(
    page.getByRole('alert').filter({
      hasText: 'Ajanjaksot 1 ja 2 ovat osin samoina päivinä. Päivällä voi olla vain yksi ajanjakso.',
    }),
  ).toBeVisible();
  await page.getByRole('group', { name: 'Ajanjakso 2' }).getByLabel('Alkaa').fill('2026-12-02');
  await page
    .getByRole('group', { name: 'Ajanjakso 2' })
    .getByLabel('Päättyy (viimeinen päivä)')
    .fill('2026-12-01');
  await button(page, 'Tallenna suunnitelma').click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Ajanjakso 2: päättymispäivä on ennen alkamispäivää.' }),
  ).toBeVisible();
  expect(await adminCall(kiosk.url, 'admin.schedule')).toEqual(before);

  await openSection(page, 'Yleiskatsaus');
  await openSection(page, 'Päivän kysymys');
  await expect(page.getByText('Ei ajanjaksoja.')).toBeVisible();
});
