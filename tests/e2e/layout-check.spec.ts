/**
 * The layout check itself, on pages made to break each of its rules once, so that a screen
 * passing screen-fit.spec.ts means what it says.
 */
import { expect, test } from '@playwright/test';
import { layoutProblems } from './layout-check.ts';

/**
 * A page of the given body, with the style guide's smallest target as tokens.css names it, and
 * no scroll bars, so that the sizes reported are the page's alone.
 */
const pageOf = (body: string) => `<!doctype html>
<style>
  :root { --target-s: 48px; overflow: hidden; }
  body { margin: 0; font: 16px sans-serif; }
  button { position: absolute; width: 100px; height: 60px; padding: 0; }
</style>
${body}`;

test('a page whose controls are whole, apart, uncovered and big enough has no problems', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.setContent(
    pageOf(`<button style="left: 10px; top: 10px">One</button>
      <button style="left: 200px; top: 10px">Two</button>
      <p style="position: absolute; left: 10px; top: 100px; margin: 0">Words</p>`),
  );
  expect(await layoutProblems(page, { scrolls: false })).toEqual([]);
});

test('overlap, a control off the window, one too small, one under a bar, words that spill, words under a control, a page too tall', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.setContent(
    pageOf(`<button style="left: 10px; top: 10px">One</button>
      <button style="left: 100px; top: 60px">Two</button>
      <button style="left: 750px; top: 200px">Edge</button>
      <button style="left: 10px; top: 200px; width: 40px; height: 40px">Tiny</button>
      <button style="left: 300px; top: 480px">Covered</button>
      <div style="position: fixed; left: 0; right: 0; bottom: 0; height: 100px; background: gray"></div>
      <button style="left: 300px; top: 200px; width: 60px; white-space: nowrap">Words that do not fit</button>
      <p style="position: absolute; left: 500px; top: 300px; margin: 0">Hidden words</p>
      <button style="left: 480px; top: 290px">Over</button>
      <div style="height: 700px"></div>`),
  );
  expect((await layoutProblems(page, { scrolls: false })).sort()).toEqual(
    [
      'the page is 50 px wider than the window',
      'the page goes on 100 px below the window',
      'button "One" overlaps button "Two"',
      'button "Edge" ends 50 px right of the window',
      'button "Tiny" is 40 px × 40 px, smaller than the least target of 48 px',
      'button "Covered" is under div at (350, 510)',
      'button "Words that do not fit": its contents spill out of it',
      'the words of p "Hidden words" are under button "Over"',
    ].sort(),
  );
});

test('on a page that scrolls, a control is looked at scrolled into view: found if the page ends under a bar that stays put', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 600 });
  await page.setContent(
    pageOf(`<style>:root { overflow: auto; scrollbar-width: none; }</style>
      <button style="left: 10px; top: 1000px">Reachable</button>
      <button style="left: 10px; top: 1330px">Last</button>
      <div style="position: fixed; left: 0; right: 0; bottom: 0; height: 100px; background: gray"></div>
      <div style="height: 1400px"></div>`),
  );
  expect(await layoutProblems(page, { scrolls: true })).toEqual(['button "Last" is under div at (60, 560)']);
  expect(await layoutProblems(page, { scrolls: false }), 'the same page where it must fit').toContain(
    'the page goes on 800 px below the window',
  );
});
