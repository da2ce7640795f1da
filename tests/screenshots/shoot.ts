/**
 * What the kiosk's and the staff tool's screenshots share: where the files go, and taking a row
 * of screens in the order a person meets them.
 */
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const outDir = join(import.meta.dirname, '..', '..', 'screenshots');

/** One screen: its file's name, and what brings the page there from the screen before it. */
export type Shot<Scene> = [name: string, reach: (page: Page, scene: Scene) => Promise<void>];

/**
 * Takes each screen in turn into screenshots/<folder>/, numbered in their order. A whole page
 * taller than the window draws what stays in the window's corner (the kiosk's help) where the
 * window ended, over the page; such a screen gets a second file, `-window`, of the window itself,
 * as a person meets it.
 */
export async function shootInOrder<Scene>(
  page: Page,
  folder: string,
  shots: readonly Shot<Scene>[],
  scene: Scene,
): Promise<void> {
  mkdirSync(join(outDir, folder), { recursive: true });
  for (const [index, [name, reach]] of shots.entries()) {
    await reach(page, scene);
    // A picture, not a test: a moment for the last paint (pictograms, fonts) after the screen is there.
    await page.waitForTimeout(300);
    const file = join(outDir, folder, `${String(index + 1).padStart(2, '0')}-${name}`);
    await page.screenshot({ path: `${file}.png`, fullPage: true });
    if (await page.evaluate(tallerWithFixedParts)) await page.screenshot({ path: `${file}-window.png` });
  }
  process.stdout.write(`${folder}: ${shots.length} screens\n`);
}

/** In the page: it is taller than the window, and something stays put in the window over it. */
function tallerWithFixedParts(): boolean {
  const fixed = [...document.body.querySelectorAll('*')].filter(
    (element) => getComputedStyle(element).position === 'fixed',
  );
  return (
    document.documentElement.scrollHeight > window.innerHeight &&
    fixed.some((element) => element.getClientRects().length > 0)
  );
}
