import { test as base, expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Question } from '../../shared/domain.ts';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { addQuestionVersion } from '../../electron/core/kiosk/questions.ts';
import { silentLog } from '../../electron/core/log.ts';
import { serve, type RunningHost } from '../helpers/cli.ts';

export type StoredAnswer = { question_version: number; value: number; follow_up: string | null; comment: string | null; repeat: number };

/** A kiosk served from its own temp data folder, and what a test needs to see inside it. */
export async function startKiosk() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-'));
  const host: RunningHost = await serve('kiosk', dataDir);
  return {
    dataDir,
    host,
    /** What the kiosk has stored, read straight from its SQLite file. */
    answers(): StoredAnswer[] {
      const db = new Database(join(dataDir, 'kiosk.sqlite3'), { readonly: true });
      try {
        return db
          .prepare<[], StoredAnswer>('SELECT question_version, value, follow_up, comment, repeat FROM responses ORDER BY question_version, value, repeat, follow_up, comment')
          .all();
      } finally {
        db.close();
      }
    },
    /** Puts a new version of the kiosk's question on screen, through the kiosk core. */
    ask(question: Question) {
      const kiosk = openKiosk({ dataDir, log: silentLog });
      try {
        addQuestionVersion(kiosk.db, question);
      } finally {
        kiosk.close();
      }
    },
    async stop() {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Playwright's `test` with a `kiosk` of its own for each test, whose page timers run on a clock
 * the test moves: thank-yous, idle minutes and held corners take no real time.
 */
export const test = base.extend<{ kiosk: Kiosk }>({
  kiosk: async ({ page }, use) => {
    const kiosk = await startKiosk();
    await page.clock.install();
    await use(kiosk);
    await kiosk.stop();
  },
});

export type Kiosk = Awaited<ReturnType<typeof startKiosk>>;
export { expect };
