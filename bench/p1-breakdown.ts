/**
 * `node bench/p1-breakdown.ts [TAPS] [--mouse]` (after `npm run build`): where P1's time goes.
 * P1's set-up and touch, with marks at each step of a tap (the click handler, the request, the
 * page's fetch and JSON resolving, the thank-you entering the DOM, painted, presented), printed as
 * the median and p95 of each step over TAPS taps (200 unless told). `--mouse` clicks instead of
 * touching, which shows what Chromium's handling of a touch adds. The wrapped fetch adds a little
 * work of its own, so the total is not P1's figure; run `npm run bench -- --only P1` for that.
 */
import type { CDPSession, Page } from '@playwright/test';
import { parseArgs } from 'node:util';
import { tappedFace, withKioskInChromium } from './kiosk-in-chromium.ts';
import { openTapPage, touch } from './p1-tap-to-thanks.ts';
import { percentile } from './stats.ts';

const { values, positionals } = parseArgs({
  options: { mouse: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const taps = Number(positionals[0] ?? 200);
const warmUp = 20;

/** Times of one tap on the page's performance timeline, in ms. */
type Marks = {
  clicked: number;
  handler: number;
  fetchStart: number;
  responseEnd: number;
  fetchResolved: number;
  jsonResolved: number;
  inserted: number;
  paintTime: number;
  renderTime: number;
};

const steps: [string, (marks: Marks) => number][] = [
  ['finger lifted → click handler', (m) => m.handler - m.clicked],
  ['click handler → request sent', (m) => m.fetchStart - m.handler],
  ['request → response received (host, store, commit)', (m) => m.responseEnd - m.fetchStart],
  ['response received → fetch() resolved in the page', (m) => m.fetchResolved - m.responseEnd],
  ['fetch() resolved → JSON read', (m) => m.jsonResolved - m.fetchResolved],
  ['JSON read → thank-you in the DOM', (m) => m.inserted - m.jsonResolved],
  ['in the DOM → painted', (m) => m.paintTime - m.inserted],
  ['painted → presented', (m) => m.renderTime - m.paintTime],
  ['click → presented', (m) => m.renderTime - m.clicked],
];

await withKioskInChromium(
  async (host, browser) => {
    const { page, cdp, thankYouMs } = await openTapPage(host, browser, installMarks);
    const measured: Marks[] = [];
    for (let tap = 1; tap <= warmUp + taps; tap++) {
      const marks = await tapOnce(page, cdp, tap, values.mouse);
      if (tap > warmUp) measured.push(marks);
      await page.clock.runFor(thankYouMs);
    }
    console.log(`${taps} ${values.mouse ? 'mouse clicks' : 'touch taps'} after ${warmUp} to warm up:`);
    for (const [step, of] of steps) {
      const times = measured.map(of);
      console.log(
        `${step.padEnd(52)} p50 ${percentile(times, 50).toFixed(1).padStart(5)} ms  p95 ${percentile(times, 95).toFixed(1).padStart(5)} ms`,
      );
    }
  },
  { withoutSteps: true },
);

async function tapOnce(page: Page, cdp: CDPSession, tap: number, mouse: boolean): Promise<Marks> {
  const face = page.getByRole('button', { name: tappedFace, exact: true });
  await face.waitFor();
  const box = (await face.boundingBox())!;
  const point = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  if (mouse) {
    for (const type of ['mousePressed', 'mouseReleased'] as const) {
      await cdp.send('Input.dispatchMouseEvent', { type, ...point, button: 'left', clickCount: 1 });
    }
  } else {
    await touch(cdp, point);
  }
  return page.evaluate(
    (n) => (window as unknown as { marksOf(tap: number): Promise<Marks> }).marksOf(n),
    tap,
  );
}

/**
 * Runs in the page before its own scripts and before Playwright's clock, so it keeps the
 * browser's own `performance.now`, `setTimeout` and `Event.timeStamp`. Resource Timing gives the request's
 * times; a wrapped `fetch` gives when the page got the answer.
 */
function installMarks(thanksText: string): void {
  const now = performance.now.bind(performance);
  const later = setTimeout.bind(window);
  const timeStamp = Object.getOwnPropertyDescriptor(Event.prototype, 'timeStamp')!.get!;
  const taps: Partial<Marks>[] = [];
  const current = () => taps[taps.length - 1];
  addEventListener(
    'click',
    (event) => void taps.push({ clicked: timeStamp.call(event) as number, handler: now() }),
    { capture: true },
  );
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const response = await realFetch(input, init);
    const tap = current();
    if (tap && String(input).endsWith('/kiosk.submitResponse')) {
      tap.fetchResolved = now();
      const json = response.json.bind(response);
      response.json = async () => {
        const body: unknown = await json();
        tap.jsonResolved = now();
        return body;
      };
    }
    return response;
  };
  new MutationObserver((records) => {
    for (const node of records.flatMap((record) => [...record.addedNodes])) {
      if (!(node instanceof Element)) continue;
      for (const heading of node.matches('h1') ? [node] : node.querySelectorAll('h1')) {
        if (heading.textContent !== thanksText) continue;
        heading.setAttribute('elementtiming', String(taps.length));
        current()!.inserted = now();
      }
    }
  }).observe(document, { childList: true, subtree: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as (PerformanceEntry & {
      identifier: string;
      renderTime: number;
      paintTime: number;
    })[]) {
      const tap = taps[Number(entry.identifier) - 1];
      if (tap && tap.renderTime === undefined)
        Object.assign(tap, { renderTime: entry.renderTime, paintTime: entry.paintTime });
    }
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      if (entry.name.endsWith('/api/kiosk.submitResponse'))
        Object.assign(current() ?? {}, { fetchStart: entry.startTime, responseEnd: entry.responseEnd });
    }
  }).observe({ type: 'resource' });
  const complete = (tap: Partial<Marks> | undefined): tap is Marks =>
    tap !== undefined &&
    (['renderTime', 'responseEnd', 'jsonResolved'] as const).every((key) => tap[key] !== undefined);
  Object.assign(window, {
    marksOf: (tap: number) =>
      new Promise<Marks>((resolve) => {
        const check = () => (complete(taps[tap - 1]) ? resolve(taps[tap - 1] as Marks) : later(check, 5));
        check();
      }),
  });
}
