/**
 * A screen that throws while drawing, in each role. The product has no switch to make one throw;
 * the core's answer is altered on its way to the page instead, as a damaged reply would be, and
 * the screens that draw it fail on their own.
 */
import type { Page, Route } from '@playwright/test';
import { pauseMs } from '../../renderer/kiosk/restart-after-error.ts';
import { expect, test } from './kiosk-session.ts';
import { expectNoViolations, test as staffTest } from './staff-session.ts';

const question = 'Millainen käyntisi oli tänään?';
const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });

/** Passes today's question on to the page with `damage` done to it. */
function damageTodaysQuestion(damage: (question: Record<string, unknown>) => void) {
  return async (route: Route) => {
    const response = await route.fetch();
    const body = await response.json();
    if (body.ok && body.value.open) damage(body.value.question);
    await route.fulfill({ response, json: body });
  };
}

/** What the page wrote to its console as errors. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

test('a screen that throws: the kiosk starts over at its start screen, and the answer given stays stored', async ({
  page,
  kiosk,
}) => {
  const errors = consoleErrors(page);
  // The bad reasons' chips lose their words: the follow-up screen cannot draw them.
  await page.route(
    '**/api/kiosk.today',
    damageTodaysQuestion((asked) => {
      asked['followUps'] = { ...(asked['followUps'] as object), negative: [{ id: 'no-help', texts: null }] };
    }),
  );
  await page.goto(kiosk.host.url);
  await button(page, 'Huono').click();
  await expect
    .poll(() => errors.filter((text) => text.includes('A screen failed while drawing')))
    .toHaveLength(1);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  expect(kiosk.answers()).toEqual([
    { question_version: 2, value: 2, follow_up: null, comment: null, repeat: 0 },
  ]);

  // The next person goes through as usual.
  await button(page, 'Hyvä').click();
  await expect(page.getByRole('heading', { name: 'Mikä vaikutti eniten?' })).toBeVisible();
  expect(kiosk.answers().map((answer) => answer.value)).toEqual([2, 4]);
});

test('a start screen that keeps failing rests on a calm screen between tries, and shows the question once it can', async ({
  page,
  kiosk,
}) => {
  let broken = true;
  let asked = 0;
  const damaged = damageTodaysQuestion((asked) => {
    if (broken) asked['scale'] = 'no-such-scale';
  });
  await page.route('**/api/kiosk.today', (route) => {
    asked++;
    return damaged(route);
  });
  await page.goto(kiosk.host.url);
  const oneMoment = page.getByRole('status').filter({ hasText: 'Hetki vain. Kysely palaa pian.' });
  // Loaded once, then two quick tries; the third failure waits.
  await expect.poll(() => asked).toBe(3);
  await expect(oneMoment).toBeVisible();
  // Half the pause, not all but a hair of it: the page's clock also flowed with real time while
  // the test watched for the third failure, for as long as a busy machine took.
  await page.clock.runFor(pauseMs / 2);
  expect(asked, 'no try before the pause is over').toBe(3);
  await expect(oneMoment).toBeVisible();

  broken = false;
  await page.clock.runFor(pauseMs / 2 + 1_000);
  await expect(page.getByRole('heading', { name: question })).toBeVisible();
  await button(page, 'Hyvä').click();
  await expect(page.getByRole('heading', { name: 'Mikä vaikutti eniten?' })).toBeVisible();
});

staffTest(
  'a staff screen that throws says what failed, and a reload starts the tool again',
  async ({ page, staff }) => {
    // Keys that are neither open nor shut: the tool's first screen cannot tell which to draw.
    await page.route('**/api/staff.keys', (route) => route.fulfill({ json: { ok: true, value: null } }));
    await page.goto(staff.url);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Henkilökunnan työkalu pysähtyi virheeseen' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText("Virhe: Cannot use 'in' operator");
    await expectNoViolations(page, 'failure');

    await page.unroute('**/api/staff.keys');
    await button(page, 'Lataa sivu uudelleen').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Kuulluksi – henkilökunta' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  },
);
