/**
 * P5D's third row: a real `kuulluksi serve --role staff` over the benchmark's staff store (copied,
 * so the cached one stays as it was) and Debian's Chromium on its results dashboard. Each filter
 * change is timed in the page, from the change event to the end of the last DOM change it caused
 * (the answer arriving, the cards and every chart redrawn), known once two animation frames
 * pass with nothing more changing.
 */
import { chromium } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../build/chromium.ts';
import { serve } from '../build/serve-host.ts';
import type { DashboardWorld } from './dashboard-fixture.ts';

export async function filterChangesDrawn(world: DashboardWorld, changes: number): Promise<number[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-bench-dashboard-'));
  try {
    cpSync(world.dataDir, dataDir, { recursive: true });
    const host = await serve('staff', dataDir, ['--passphrase-file', world.passphraseFile]);
    try {
      const browser = await chromium.launch(chromiumLaunchOptions);
      try {
        const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
        await page.goto(host.url);
        await page.locator('[aria-busy="false"] svg').first().waitFor({ timeout: 120_000 });
        const times: number[] = [];
        for (let change = 0; change < changes; change += 1) {
          times.push(await page.evaluate(changeOneFilter, change));
        }
        return times;
      } finally {
        await browser.close();
      }
    } finally {
      await host.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs in the page: picks the next choice of one of the filters' lists, and times what follows. */
function changeOneFilter(change: number): Promise<number> {
  const results = document.querySelector<HTMLElement>(
    'section[aria-labelledby="dashboard-title"] [aria-busy]',
  )!;
  const selects = [
    ...document.querySelectorAll<HTMLSelectElement>('section[aria-labelledby="dashboard-title"] select'),
  ];
  const select = selects[change % selects.length]!;
  return new Promise((resolve) => {
    let lastChange = performance.now();
    let quietFrames = 0;
    const observer = new MutationObserver(() => {
      lastChange = performance.now();
      quietFrames = 0;
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    const started = performance.now();
    select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const frame = () => {
      const settled = results.getAttribute('aria-busy') === 'false' && lastChange > started;
      quietFrames = settled ? quietFrames + 1 : 0;
      if (quietFrames < 2) return void requestAnimationFrame(frame);
      observer.disconnect();
      resolve(lastChange - started);
    };
    requestAnimationFrame(frame);
  });
}
