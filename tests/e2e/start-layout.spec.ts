import type { Page } from '@playwright/test';
import type { Language } from '../../shared/languages.ts';
import { scales, valuesOf } from '../../shared/scales.ts';
import { scaleLabel, text } from '../../renderer/i18n/index.ts';
import { expect, test } from './kiosk-session.ts';

/** The screens kiosks stand on: the two common landscape ones and a portrait stand. */
const screens = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 1080, height: 1920 },
];

/** Each language as its button names it, in the order the switcher shows them. */
const languageButtons: [Language, string][] = [
  ['fi', 'Suomi'],
  ['sv', 'Svenska'],
  ['en', 'English'],
  ['selko', 'Selkosuomi'],
];

/** Smaller than this is no longer a big target for a shaky hand (WCAG asks for 44 px at least). */
const smallestTarget = 150;

type AnswerBox = { name: string; left: number; right: number; top: number; bottom: number; cut: boolean };

/** Where each answer button stands, and whether any of its words are cut or spill out of it. */
function answerBoxes(page: Page): Promise<AnswerBox[]> {
  return page
    .getByRole('group')
    .first()
    .evaluate((group) =>
      [...group.querySelectorAll('button')].map((button) => {
        const box = button.getBoundingClientRect();
        const spills = [button, ...button.querySelectorAll('*')].some(
          (element) => element.scrollWidth > element.clientWidth + 1,
        );
        return {
          name: button.textContent ?? '',
          left: box.left,
          right: box.right,
          top: box.top,
          bottom: box.bottom,
          cut: spills,
        };
      }),
    );
}

// One test per screen: each loads the page 48 times, which a busy machine does well within a test's time.
for (const screen of screens) {
  test(`a scale's answers stand in one line in their order, whole and big, at ${screen.width}×${screen.height}, in every language and in large text`, async ({
    page,
    kiosk,
  }) => {
    await page.setViewportSize(screen);
    await kiosk.eachScale(async (scale) => {
      for (const large of [false, true]) {
        for (const [language, languageButton] of languageButtons) {
          await page.goto(kiosk.host.url);
          await page.getByRole('button', { name: languageButton, exact: true }).click();
          if (large) await page.getByRole('button', { name: text(language).largeText, exact: true }).click();
          const expected = valuesOf(scale).map((value) => scaleLabel(language, scale, value));
          await expect(page.getByRole('button', { name: expected.at(-1)!, exact: true })).toBeVisible();

          const where = `${scale}, ${screen.width}×${screen.height}, ${language}${large ? ', large text' : ''}`;
          const boxes = await answerBoxes(page);
          expect(
            boxes.map((box) => box.name),
            `${where}: the answers, left to right`,
          ).toEqual(expected);
          // One line: a row, left to right; agreement in words may stand in a column instead,
          // top to bottom, where its words would not fit a row. Faces always stand in a row.
          const inRow =
            Math.max(...boxes.map((box) => box.top)) < Math.min(...boxes.map((box) => box.bottom));
          const inColumn =
            Math.max(...boxes.map((box) => box.left)) < Math.min(...boxes.map((box) => box.right));
          if (scales[scale].kind === 'smiley') expect(inRow, `${where}: the faces share one row`).toBe(true);
          else expect(inRow || inColumn, `${where}: the answers share one row or one column`).toBe(true);
          const [before, after] = inRow ? (['right', 'left'] as const) : (['bottom', 'top'] as const);
          boxes.forEach((box, index) => {
            if (index > 0)
              expect(box[after], `${where}: ${box.name} comes after the one before`).toBeGreaterThanOrEqual(
                boxes[index - 1]![before],
              );
            expect(box.left, `${where}: ${box.name} starts on screen`).toBeGreaterThanOrEqual(0);
            expect(box.right, `${where}: ${box.name} ends on screen`).toBeLessThanOrEqual(screen.width);
            expect(
              box.right - box.left,
              `${where}: ${box.name} is wide enough to hit`,
            ).toBeGreaterThanOrEqual(smallestTarget);
            expect(
              box.bottom - box.top,
              `${where}: ${box.name} is tall enough to hit`,
            ).toBeGreaterThanOrEqual(smallestTarget);
            expect(box.cut, `${where}: ${box.name} shows all its words`).toBe(false);
          });
        }
      }
    });
  });
}

test("the start screen's buttons hold their words in the middle, short or long, in every language", async ({
  page,
  kiosk,
}) => {
  for (const [, languageButton] of languageButtons) {
    await page.goto(kiosk.host.url);
    await page.getByRole('button', { name: languageButton, exact: true }).click();
    // How far each button's contents sit from its middle, measured around what it holds.
    const offCentre = await page.getByRole('button').evaluateAll((buttons) =>
      buttons.map((button) => {
        const box = button.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(button);
        const held = range.getBoundingClientRect();
        return {
          name: button.textContent,
          off: Math.abs(held.left + held.width / 2 - (box.left + box.width / 2)),
        };
      }),
    );
    expect(
      offCentre.filter(({ off }) => off > 2),
      languageButton,
    ).toEqual([]);
  }
});
