/**
 * What P6 and P7 look at: a real `kuulluksi serve` for the kiosk on a fresh data folder, and
 * Debian's Chromium launched as the Playwright suite launches it (build/chromium.ts).
 */
import { chromium, type Browser } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noFollowUps } from '../shared/domain.ts';
import { defaultQuestionId } from '../electron/core/kiosk/default-question.ts';
import { kioskDatabaseFile, openKiosk } from '../electron/core/kiosk/open-kiosk.ts';
import { addQuestionVersion, newestQuestion } from '../electron/core/kiosk/questions.ts';
import { silentLog } from '../electron/core/log.ts';
import { fi } from '../renderer/i18n/fi.ts';
import { chromiumLaunchOptions } from '../build/chromium.ts';
import { serve, type RunningHost } from '../build/serve-host.ts';

/** The face P1 and P7 tap: a positive answer, so the plain thank-you follows. */
export const tappedFace = fi.scales['smiley-5'][3]!;
/** The kiosk's screen size, as in P1 and the e2e suite. */
export const kioskViewport = { width: 1920, height: 1080 };

/**
 * Runs `use` against the host and browser, then stops both and deletes the data. With
 * `withoutSteps`, the kiosk first gets a version of its question with no follow-up and no free
 * text (as P1 does), so a tap's next screen is the thank-you itself.
 */
export async function withKioskInChromium<T>(
  use: (host: RunningHost, browser: Browser, dataDir: string) => Promise<T>,
  { withoutSteps = false } = {},
): Promise<T> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-bench-'));
  try {
    if (withoutSteps) askWithoutSteps(dataDir);
    const host = await serve('kiosk', dataDir);
    try {
      const browser = await chromium.launch(chromiumLaunchOptions);
      try {
        return await use(host, browser, dataDir);
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

function askWithoutSteps(dataDir: string): void {
  const kiosk = openKiosk({ dataDir, log: silentLog, usbRoots: [] });
  try {
    const asked = newestQuestion(kiosk.db, defaultQuestionId);
    addQuestionVersion(kiosk.db, {
      ...asked,
      version: asked.version + 1,
      followUps: noFollowUps,
      freeText: false,
    });
  } finally {
    kiosk.close();
  }
}

/** How many answers the kiosk's database holds, read from its file as a separate reader. */
export function storedAnswers(dataDir: string): number {
  const db = new Database(join(dataDir, kioskDatabaseFile), { readonly: true });
  try {
    return db.prepare<[], { count: number }>('SELECT count(*) AS count FROM responses').get()!.count;
  } finally {
    db.close();
  }
}
