import type { Page } from '@playwright/test';
import { expect, test } from './kiosk-session.ts';

const face = (page: Page) => page.getByRole('button', { name: 'Hyvä', exact: true });
const unavailable = 'Kysely ei ole juuri nyt käytössä. Yritetään uudelleen hetken päästä.';

/** The contract methods the page calls, in the order it asks for them. */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const method = /^\/api\/(.+)$/.exec(new URL(request.url()).pathname)?.[1];
    if (method) calls.push(method);
  });
  return calls;
}

/** Serves the page with its role tag rewritten (or removed, with null), as a page from elsewhere would be. */
async function pageNaming(page: Page, url: string, content: string | null) {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const tag = content === null ? '' : `<meta name="kuulluksi-role" content="${content}" />`;
    await route.fulfill({
      response,
      body: (await response.text()).replace(/<meta name="kuulluksi-role"[^>]*>/, tag),
    });
  });
}

test('the kiosk page takes its role from the page and asks for its start screen while its screens load', async ({
  page,
  kiosk,
}) => {
  const calls = recordCalls(page);
  // The kiosk's screens are held back until the page asked for both halves of its start screen
  // (or 5 s passed): only a page that asks while they load gets past this in time.
  const bothAsked = () => ['kiosk.today', 'kiosk.display'].every((method) => calls.includes(method));
  let askedWhileLoading = false;
  await page.route('**/assets/KioskApp-*.js', async (route) => {
    for (const until = Date.now() + 5_000; !bothAsked() && Date.now() < until;)
      await new Promise((wait) => setTimeout(wait, 20));
    askedWhileLoading = bothAsked();
    await route.continue();
  });
  await page.goto(kiosk.host.url);
  await expect(face(page)).toBeVisible();
  expect(askedWhileLoading).toBe(true);
  expect(calls).not.toContain('session.describe');
});

test('inside the app, the role the preload exposes is taken without asking', async ({ page, kiosk }) => {
  const calls = recordCalls(page);
  await pageNaming(page, kiosk.host.url, null);
  // What the preload puts on window: the role and a call function (here over HTTP instead of IPC).
  await page.addInitScript(() => {
    const call = async (method: string, input: unknown) =>
      (
        await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        })
      ).json();
    Object.assign(window, { kuulluksi: Object.freeze({ role: 'kiosk', call }) });
  });
  await page.goto(kiosk.host.url);
  await expect(face(page)).toBeVisible();
  expect(calls).not.toContain('session.describe');
});

for (const [what, content] of [
  ['no role', null],
  ['a role it does not know', 'admin'],
] as const) {
  test(`a page that names ${what} asks the host which role it serves`, async ({ page, kiosk }) => {
    const calls = recordCalls(page);
    await pageNaming(page, kiosk.host.url, content);
    await page.goto(kiosk.host.url);
    await expect(face(page)).toBeVisible();
    expect(calls[0]).toBe('session.describe');
  });
}

test('a page that cannot learn its role shows no screen of any role, and tries again', async ({
  page,
  kiosk,
}) => {
  await pageNaming(page, kiosk.host.url, null);
  await page.route('**/api/session.describe', (route) => route.abort());
  await page.goto(kiosk.host.url);
  await expect(page.getByText(unavailable)).toBeVisible();
  await expect(face(page)).toHaveCount(0);

  await page.unroute('**/api/session.describe');
  await page.clock.runFor(5_000);
  await expect(face(page)).toBeVisible();
});
