/**
 * P6: what the kiosk's screen costs to load. The JS and CSS the kiosk page actually fetches until
 * its start screen shows (reception's lazily loaded admin chunk is not among them), gzipped; and
 * First Contentful Paint after navigating to it in Chromium, each time in a new browser context
 * (an empty cache), as when the kiosk starts. Beside it, in turns, the same for a page holding one
 * heading and nothing else, from a bare Node server: what this browser on this machine needs for
 * any first paint, so a missed goal shows how much of it is the kiosk's.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { interleave } from './interleave.ts';
import { kioskViewport, tappedFace, withKioskInChromium } from './kiosk-in-chromium.ts';
import { row, sized, type Benchmark } from './row.ts';
import { round } from './stats.ts';

const rendererDir = join(import.meta.dirname, '..', 'dist', 'renderer');

export const p6KioskRenderer: Benchmark = {
  id: 'P6',
  async run({ quick, progress }) {
    const navigations = quick ? 5 : 30;
    return withKioskInChromium(async (host, browser) => {
      const loaded = await assetsLoaded(browser, host.url);
      const js = loaded.filter((path) => path.endsWith('.js'));
      const css = loaded.filter((path) => path.endsWith('.css'));
      progress(`P6: ${navigations} navigations each, after one to warm the browser up`);
      return withFloorPage(async (floorUrl) => {
        const ours = () => firstContentfulPaint(browser, host.url);
        const floor = () => firstContentfulPaint(browser, floorUrl);
        await interleave(1, ours, floor);
        const paints = await interleave(navigations, ours, floor);
        const of = `median of ${sized(navigations, 'cold loads', quick)}`;
        return [
          row('P6 JS', `kiosk page's JS, gzip -9: ${chunkNames(js)}`, round(gzippedKb(js), 1), 'KB', 25),
          row('P6 CSS', `kiosk page's CSS, gzip -9: ${chunkNames(css)}`, round(gzippedKb(css), 1), 'KB'),
          row(
            'P6 FCP',
            `kiosk page's first contentful paint after navigation, ${of}`,
            round(paints.oursMedian, 0),
            'ms',
            150,
          ),
          row(
            'P6 FCP floor',
            `the same for a page of one heading, in turns`,
            round(paints.peerMedian, 0),
            'ms',
          ),
        ];
      });
    });
  },
};

/** The paths of the scripts and style sheets the page fetched until the start screen showed a face. */
async function assetsLoaded(browser: Browser, url: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: kioskViewport });
  try {
    const page = await context.newPage();
    const paths = new Set<string>();
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (/\.(js|css)$/.test(pathname)) paths.add(pathname);
    });
    await page.goto(url);
    await page.getByRole('button', { name: tappedFace, exact: true }).waitFor();
    if ([...paths].some((path) => path.includes('AdminArea')))
      throw new Error('P6: the kiosk page loaded the admin chunk without being asked');
    return [...paths].sort();
  } finally {
    await context.close();
  }
}

async function firstContentfulPaint(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: kioskViewport });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntriesByName('first-contentful-paint')[0];
            if (!entry) return;
            observer.disconnect();
            resolve(entry.startTime);
          }).observe({ type: 'paint', buffered: true });
        }),
    );
  } finally {
    await context.close();
  }
}

/** A page holding one heading, from a bare HTTP server on 127.0.0.1, for as long as `use` runs. */
async function withFloorPage<T>(use: (url: string) => Promise<T>): Promise<T> {
  const page =
    '<!doctype html><html lang="fi"><meta charset="utf-8"><title>Kuulluksi</title><h1>Kiitos!</h1></html>';
  const server = createServer((_, response) =>
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

function gzippedKb(paths: readonly string[]): number {
  return (
    paths.reduce(
      (sum, path) => sum + gzipSync(readFileSync(join(rendererDir, path)), { level: 9 }).length,
      0,
    ) / 1024
  );
}

/** "index + KioskApp": the chunks by name, without Vite's content hash. */
function chunkNames(paths: readonly string[]): string {
  return paths.map((path) => path.replace(/^.*\//, '').replace(/-[\w-]{8}\.(js|css)$/, '')).join(' + ');
}
