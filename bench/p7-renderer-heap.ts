/**
 * P7: whether the kiosk's page keeps memory it no longer needs. Its JS heap after 10,000 taps
 * against after 100, each read after forcing garbage collection; and, for information, the
 * resident memory of the host process (`kuulluksi serve`) at both points.
 */
import { readFileSync } from 'node:fs';
import type { CDPSession, Page } from '@playwright/test';
import { fi } from '../renderer/i18n/fi.ts';
import { callHost } from '../build/serve-host.ts';
import { kioskViewport, storedAnswers, tappedFace, withKioskInChromium } from './kiosk-in-chromium.ts';
import { row, sized, type Benchmark } from './row.ts';
import { round } from './stats.ts';

const baselineTaps = 100;

export const p7RendererHeap: Benchmark = {
  id: 'P7',
  async run({ quick, progress }) {
    const taps = quick ? 300 : 10_000;
    // Past the first few hundred taps V8 has compiled the hot code; growth after this is what stays.
    const warmTaps = quick ? 200 : 1000;
    return withKioskInChromium(
      async (host, browser, dataDir) => {
        const display = await callHost(host.url, 'kiosk.display');
        const thankYouMs = (display.body.value as { thankYouSeconds: number }).thankYouSeconds * 1000;
        const context = await browser.newContext({ viewport: kioskViewport });
        const page = await context.newPage();
        // The page's timers run on a clock the benchmark moves, so each thank-you ends at once.
        await page.clock.install();
        await page.goto(host.url);
        const cdp = await context.newCDPSession(page);
        const tap = await tapper(page, thankYouMs);
        const pid = host.child.pid!;
        progress(`P7: ${baselineTaps} taps, then up to ${taps}`);
        for (let done = 0; done < baselineTaps; done++) await tap();
        const before = { heap: await heapAfterGc(cdp), rss: residentMb(pid) };
        let warm = before.heap;
        for (let done = baselineTaps; done < taps; done++) {
          await tap();
          if (done + 1 === warmTaps) warm = await heapAfterGc(cdp);
          if ((done + 1) % 1000 === 0) progress(`P7: ${done + 1} of ${taps} taps`);
        }
        const after = { heap: await heapAfterGc(cdp), rss: residentMb(pid) };
        const stored = storedAnswers(dataDir);
        if (stored !== taps) throw new Error(`P7: ${taps} taps but ${stored} answers stored`);
        const growth = (from: number) => round(((after.heap - from) / from) * 100, 1);
        const atTaps = `after ${sized(taps, 'taps', quick)}`;
        return [
          row(
            'P7 heap growth',
            `renderer JS heap ${atTaps} vs after ${baselineTaps}, GC forced`,
            growth(before.heap),
            '%',
            5,
          ),
          row(
            'P7 warm growth',
            `the same ${atTaps} vs after ${warmTaps.toLocaleString('en-US')}`,
            growth(warm),
            '%',
          ),
          row(
            'P7 heap',
            `renderer JS heap ${atTaps} (after ${baselineTaps}: ${round(before.heap, 2)} MB)`,
            round(after.heap, 2),
            'MB',
          ),
          row(
            'P7 host RSS',
            `kuulluksi serve VmRSS ${atTaps} (after ${baselineTaps}: ${round(before.rss, 1)} MB)`,
            round(after.rss, 1),
            'MB',
          ),
        ];
      },
      { withoutSteps: true },
    );
  },
};

/**
 * One tap: a click on the face, then the thank-you, then the page's clock moved past it, then the
 * start screen again. A mouse click, not a touch as in P1: Chromium hands a touch to the page only
 * with its next frame, which made each tap 30–60 ms slower, and the page runs the same click
 * handler either way. Clicks go where the face was first found; had the screen moved it, the tap
 * would bring no thank-you and the run would stop.
 */
async function tapper(page: Page, thankYouMs: number): Promise<() => Promise<void>> {
  const face = { selector: 'button:not([disabled])', text: tappedFace };
  const thanks = { selector: 'h1', text: fi.thanks };
  await shown(page, face);
  const box = await page.getByRole('button', { name: tappedFace, exact: true }).boundingBox();
  if (!box) throw new Error('P7: the face to tap is not on screen');
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  return async () => {
    await page.mouse.click(point.x, point.y);
    await shown(page, thanks);
    await page.clock.runFor(thankYouMs);
    await shown(page, face);
  };
}

type Wanted = { selector: string; text: string };

/**
 * Resolves once the page shows an element matching `selector` with exactly `text`: watched from
 * inside the page, so the next step follows at once instead of at Playwright's next poll.
 */
async function shown(page: Page, wanted: Wanted): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`P7: "${wanted.text}" did not appear within 10 s`)), 10_000);
  });
  try {
    await Promise.race([page.evaluate(whenShown, wanted), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs in the page. */
function whenShown({ selector, text }: Wanted): Promise<void> {
  const isShown = () =>
    [...document.querySelectorAll(selector)].some((element) => element.textContent?.trim() === text);
  return new Promise((resolve) => {
    if (isShown()) return resolve();
    const observer = new MutationObserver(() => {
      if (!isShown()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
  });
}

/** The page's used JS heap in MB, after two forced collections. */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** A process's resident memory in MB, from /proc/PID/status (Linux). */
function residentMb(pid: number): number {
  const kb = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kb === undefined) throw new Error(`P7: no VmRSS for process ${pid}`);
  return Number(kb) / 1024;
}
