/**
 * P1: a tap on a face → the thank-you on screen, including the durable commit. Chromium against
 * a real `kuulluksi serve` on fresh data; the times come from the page's own Performance API:
 * from the tap's `click` event to the presentation of the frame that first shows the thank-you
 * heading (Element Timing). docs/performance.md explains the method.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import { fi } from '../renderer/i18n/fi.ts';
import { callHost, type RunningHost } from '../build/serve-host.ts';
import {
  kioskViewport,
  storedAnswers,
  tappedFace as tapped,
  withKioskInChromium,
} from './kiosk-in-chromium.ts';
import { row, type Benchmark } from './row.ts';
import { percentile } from './stats.ts';

/** One frame at 60 Hz: the thank-you should be on the very next frame after the tap. */
const oneFrameMs = 1000 / 60;

export const p1TapToThanks: Benchmark = {
  id: 'P1',
  async run({ quick, progress }) {
    const taps = quick ? 50 : 500;
    const warmUp = quick ? 5 : 20;
    return withKioskInChromium(
      async (host, browser, dataDir) => {
        const { page, cdp, thankYouMs } = await openTapPage(host, browser, installProbe);
        progress(`P1: ${warmUp} taps to warm up, then ${taps} timed`);
        const latencies: number[] = [];
        for (let tap = 1; tap <= warmUp + taps; tap++) {
          const latency = await tapAndTime(page, cdp, tap);
          if (tap > warmUp) latencies.push(round(latency));
          await page.clock.runFor(thankYouMs);
          if (tap > warmUp && (tap - warmUp) % 100 === 0) progress(`P1: ${tap - warmUp} of ${taps} taps`);
        }
        const stored = storedAnswers(dataDir);
        if (stored !== warmUp + taps)
          throw new Error(`P1: ${warmUp + taps} thank-yous but ${stored} answers stored`);
        const measure = (p: number) => `tap → thank-you painted, p${p} of ${taps}`;
        return [
          row('P1 p50', measure(50), percentile(latencies, 50), 'ms'),
          row('P1 p95', measure(95), percentile(latencies, 95), 'ms', round(oneFrameMs)),
          row('P1 p99', measure(99), percentile(latencies, 99), 'ms'),
        ];
      },
      { withoutSteps: true },
    );
  },
};

/**
 * The kiosk page as P1 taps it: touch enabled, `probe(thanks heading)` added before the page's own
 * scripts, and the page's timers on a clock the caller moves (`runFor(thankYouMs)`), so each
 * thank-you can end at once. A probe should read only the browser's own timestamps, which this
 * clock leaves alone.
 */
export async function openTapPage(
  host: RunningHost,
  browser: Browser,
  probe: (thanksText: string) => void,
): Promise<{ page: Page; cdp: CDPSession; thankYouMs: number }> {
  const display = await callHost(host.url, 'kiosk.display');
  const thankYouMs = (display.body.value as { thankYouSeconds: number }).thankYouSeconds * 1000;
  const context = await browser.newContext({ viewport: kioskViewport, hasTouch: true });
  const page = await context.newPage();
  await page.addInitScript(probe, fi.thanks);
  await page.clock.install();
  await page.goto(host.url);
  return { page, cdp: await context.newCDPSession(page), thankYouMs };
}

/** Taps the face once the start screen takes answers; resolves with the tap's latency in ms. */
async function tapAndTime(page: Page, cdp: CDPSession, tap: number): Promise<number> {
  const face = page.getByRole('button', { name: tapped, exact: true });
  await face.waitFor();
  const box = await face.boundingBox();
  if (!box || !(await face.isEnabled()))
    throw new Error(`P1: the face "${tapped}" cannot be tapped on the start screen`);
  await touch(cdp, { x: box.x + box.width / 2, y: box.y + box.height / 2 });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`P1: tap ${tap} brought no thank-you within 10 s`)), 10_000);
  });
  try {
    return await Promise.race([
      page.evaluate((count) => (window as unknown as ProbeWindow).tapToThanks.latency(count), tap),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A tap sent straight to the browser, without a timestamp: the browser stamps the touch as it
 * arrives. (Playwright's own touchscreen would stamp it by the page clock the benchmark moves.)
 */
export async function touch(cdp: CDPSession, point: { x: number; y: number }): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

type ProbeWindow = { tapToThanks: { latency(tap: number): Promise<number> } };
/** Element Timing's entry, which TypeScript's DOM types do not have yet. */
type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number };

/**
 * Runs in the page before its own scripts. Each `click` starts a tap; the first thank-you heading
 * added after it is marked for Element Timing, whose entry carries the time the frame showing it
 * was presented. Both times are the browser's own (the event's timeStamp, the entry's renderTime),
 * on the page's performance timeline, untouched by Playwright's clock.
 */
function installProbe(thanksText: string): void {
  const taps: { clicked: number; painted?: number }[] = [];
  let waiting: { tap: number; resolve(latency: number): void } | undefined;
  const check = () => {
    const tap = waiting && taps[waiting.tap - 1];
    if (tap?.painted === undefined) return;
    waiting!.resolve(tap.painted - tap.clicked);
    waiting = undefined;
  };
  // Playwright's clock replaces Event.prototype.timeStamp with its own time; keep the browser's.
  const timeStamp = Object.getOwnPropertyDescriptor(Event.prototype, 'timeStamp')!.get!;
  const problem = /\[native code\]/.test(Function.prototype.toString.call(timeStamp))
    ? undefined
    : 'the probe ran after Playwright replaced Event.timeStamp, so the tap has no browser time';
  addEventListener('click', (event) => void taps.push({ clicked: timeStamp.call(event) as number }), {
    capture: true,
  });
  new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (!(node instanceof Element)) continue;
      for (const heading of node.matches('h1') ? [node] : node.querySelectorAll('h1')) {
        if (heading.textContent === thanksText) heading.setAttribute('elementtiming', String(taps.length));
      }
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as ElementTiming[]) {
      const tap = taps[Number(entry.identifier) - 1];
      if (tap && tap.painted === undefined) tap.painted = entry.renderTime;
    }
    check();
  }).observe({ type: 'element', buffered: true });
  (window as unknown as ProbeWindow).tapToThanks = {
    latency: (tap) =>
      new Promise((resolve, reject) => {
        if (problem) return reject(new Error(problem));
        waiting = { tap, resolve };
        check();
      }),
  };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
