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

test('choices made the moment the plan appears, and several made at once, are all saved', async ({
  page,
  kioskOnClock: kiosk,
}) => {
  const texts = await textsById(kiosk.url);
  await openAdmin(page);
  // The saved plan is held back, and the page's clock stopped, until the plan form has appeared:
  // whatever the screen would do a frame after drawing it (effects wait for the next frame)
  // then waits until reception has made their choices.
  const asked = Promise.withResolvers<void>();
  const answer = Promise.withResolvers<void>();
  await page.route('**/api/admin.schedule', async (route) => {
    asked.resolve();
    await answer.promise;
    await route.continue();
  });
  await openSection(page, 'Päivän kysymys');
  await asked.promise;
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  answer.resolve();

  await page.getByLabel('Oletuskysymys').selectOption({ label: texts['felt-heard']!.fi! });
  await chooseInOneGo(page, [
    ['Tiistai', 'trust-the-staff'],
    ['Keskiviikko', 'atmosphere-today'],
  ]);
  await page.clock.runFor(1_000);
  await page.clock.resume();
  await page.unrouteAll();
  await button(page, 'Tallenna suunnitelma').click();
  await expect(page.getByRole('status').filter({ hasText: 'Tallennettu.' })).toBeVisible();

  const { schedule } = await adminCall(kiosk.url, 'admin.schedule');
  expect(schedule.defaultQuestionId).toBe('felt-heard');
  expect(schedule.weekdays).toEqual({ tue: 'trust-the-staff', wed: 'atmosphere-today' });
});

/**
 * Picks a question in several of the plan's weekday fields within one task of the page, faster
 * than any hand: the form must build each change on the one before, not on what it last drew.
 */
async function chooseInOneGo(page: Page, choices: [weekday: string, questionId: string][]): Promise<void> {
  const selects = await Promise.all(
    choices.map(([weekday]) => page.getByLabel(weekday, { exact: true }).elementHandle()),
  );
  await page.evaluate(
    ([fields, questionIds]) =>
      fields.forEach((field, index) => {
        const select = field as HTMLSelectElement;
        select.value = questionIds[index]!;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }),
    [selects, choices.map(([, questionId]) => questionId)] as const,
  );
}

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
  // The plan form starts again from the plan as saved, whose default is now this question.
  await expect(page.getByLabel('Oletuskysymys')).toHaveValue('would-recommend');

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
