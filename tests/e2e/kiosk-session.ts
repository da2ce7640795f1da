import { test as base, expect, type Page } from '@playwright/test';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { noFollowUps, type Question } from '../../shared/domain.ts';
import { scaleIds, type ScaleId } from '../../shared/scales.ts';
import { generateSigningKeyPair } from '../../electron/core/keys/ed25519.ts';
import { describeStaffKey } from '../../electron/core/keys/staff-public-key-format.ts';
import type { Clock } from '../../electron/core/clock.ts';
import { openKiosk } from '../../electron/core/kiosk/open-kiosk.ts';
import { pairWithStaff } from '../../electron/core/kiosk/pairing.ts';
import { addQuestionVersion } from '../../electron/core/kiosk/questions.ts';
import { sealPendingResponses } from '../../electron/core/kiosk/seal-pending.ts';
import { exportFolderName } from '../../electron/core/usb/find-sticks.ts';
import { silentLog } from '../../electron/core/log.ts';
import { startHost, type Host } from '../../electron/host/start-host.ts';
import { serve, type RunningHost } from '../../build/serve-host.ts';
import { movableClock } from '../helpers/movable-clock.ts';
import { storePinFromBefore } from '../helpers/pin-from-before.ts';
import { projectRoot } from '../helpers/project.ts';

export type StoredAnswer = {
  question_version: number;
  value: number;
  follow_up: string | null;
  comment: string | null;
  repeat: number;
};
/** An answer with the question and version it was given to, for tests of versioning. */
export type AnswerToVersion = { question_id: string; question_version: number; value: number };

/** Runs a read-only query on a kiosk's SQLite file, straight from disk as the core left it. */
function readStore<T>(dataDir: string, sql: string): T[] {
  const db = new Database(join(dataDir, 'kiosk.sqlite3'), { readonly: true });
  try {
    return db.prepare<[], T>(sql).all();
  } finally {
    db.close();
  }
}

/** What a kiosk has stored, which question version each answer belongs to, and which batches went onto a stick. */
function storeReader(dataDir: string) {
  return {
    batches: () =>
      readStore<{ seq: number; written: number }>(dataDir, 'SELECT seq, written FROM batches ORDER BY seq'),
    answers: () =>
      readStore<StoredAnswer>(
        dataDir,
        'SELECT question_version, value, follow_up, comment, repeat FROM responses ORDER BY question_version, value, repeat, follow_up, comment',
      ),
    /** The language each answer was given in, as the kiosk keeps it (null where none was said). */
    answerLanguages: () =>
      readStore<{ value: number; language: string | null }>(
        dataDir,
        'SELECT value, language FROM responses ORDER BY value, language',
      ),
    answersByVersion: () =>
      readStore<AnswerToVersion>(
        dataDir,
        'SELECT question_id, question_version, value FROM responses ORDER BY question_id, question_version, value',
      ),
  };
}

/**
 * A folder standing in for where the system mounts USB sticks: each folder in it is a stick
 * plugged in. A stick appears and goes at once, as a real one mounts, never half made.
 */
function usbMounts() {
  const root = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-usb-'));
  // Hidden folders are not sticks: a stick is made here, then moved into place in one step.
  const bench = join(root, '.bench');
  return {
    root,
    /**
     * Plugs in a stick; a prepared one carries the `Kuulluksi` folder that staff make on it, in
     * which `taken` names are folders already, so a file of that name cannot be written.
     */
    plugIn(label: string, { prepared = false, taken = [] as string[] } = {}) {
      mkdirSync(join(bench, label, ...(prepared ? [exportFolderName] : [])), { recursive: true });
      for (const name of taken) mkdirSync(join(bench, label, exportFolderName, name), { recursive: true });
      renameSync(join(bench, label), join(root, label));
    },
    pull(label: string) {
      renameSync(join(root, label), join(bench, label));
      rmSync(join(bench, label), { recursive: true, force: true });
    },
    /** The batch files the kiosk wrote onto a stick. */
    batchFiles: (label: string) =>
      readdirSync(join(root, label, exportFolderName)).filter((name) => name.endsWith('.age')),
  };
}

/**
 * What is done to a kiosk's data behind its screen, through the kiosk core, as IT's command line
 * does while the kiosk runs: a new question, a staff key, answers from earlier days.
 */
function behindTheScreen(dataDir: string, clock?: Clock) {
  async function withCore<T>(use: (kiosk: ReturnType<typeof openKiosk>) => T | Promise<T>): Promise<T> {
    const kiosk = openKiosk({ dataDir, log: silentLog, usbRoots: [], ...(clock && { clock }) });
    try {
      return await use(kiosk);
    } finally {
      kiosk.close();
    }
  }
  const ask = (question: Question) => withCore((kiosk) => addQuestionVersion(kiosk.db, question));
  return {
    /** Puts a new version of the kiosk's question on screen. */
    ask,
    /** Gives the kiosk a 4- or 5-digit PIN, as one set before new PINs needed six may still be. */
    pinFromBefore: (pin: string) => withCore((kiosk) => storePinFromBefore(kiosk.db, pin)),
    /**
     * Asks the first question on each scale in turn, as its versions 3, 4, … (the kiosk starts at
     * version 2), with the scale's name as its Finnish wording; `use` runs while each is asked.
     */
    async eachScale(use: (scale: ScaleId, version: number) => Promise<void>): Promise<void> {
      for (const [index, scale] of scaleIds.entries()) {
        const version = index + 3;
        await ask({
          id: 'visit-today',
          version,
          scale,
          texts: { fi: `Kysymys ${scale}` },
          followUps: noFollowUps,
          freeText: false,
        });
        await use(scale, version);
      }
    },
    /**
     * Pairs the kiosk with a new staff key, which it then encrypts its batches to; without one it
     * cannot export. Returns the staff's age identity, which opens those batches.
     */
    async pairWithStaff(): Promise<string> {
      const ageIdentity = await generateX25519Identity();
      const staffKey = describeStaffKey(
        await identityToRecipient(ageIdentity),
        generateSigningKeyPair().publicKey,
      );
      await withCore((kiosk) => pairWithStaff(kiosk.db, staffKey));
      return ageIdentity;
    },
    /** Exports what the kiosk holds into `folder`, as IT's `kuulluksi kiosk export` does; the files written. */
    exportTo: (folder: string) =>
      withCore(async (kiosk) => (await kiosk.exportTo(folder)).written.map((batch) => batch.file)),
    /**
     * Answers given to the first question before, waiting for export; with `sealedPerBatch`,
     * already sealed that many to a batch file, as a kiosk leaves them after an export that failed.
     */
    answeredEarlier: (values: readonly number[], { sealedPerBatch }: { sealedPerBatch?: number } = {}) =>
      withCore(async (kiosk) => {
        for (const value of values)
          kiosk.responses.submit({ questionId: 'visit-today', questionVersion: 1, value });
        if (sealedPerBatch !== undefined)
          await sealPendingResponses(kiosk.db, kiosk.identity, sealedPerBatch);
      }),
  };
}

/**
 * A kiosk served from its own temp data folder, with its own folder of USB sticks (none plugged
 * in unless the test does), and what a test needs to see inside them.
 */
export async function startKiosk() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-'));
  const usb = usbMounts();
  const host: RunningHost = await serve('kiosk', dataDir, ['--usb-root', usb.root]);
  return {
    dataDir,
    host,
    usb,
    ...storeReader(dataDir),
    ...behindTheScreen(dataDir),
    async stop() {
      await host.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(usb.root, { recursive: true, force: true });
    },
  };
}

const rendererDir = join(projectRoot, 'dist', 'renderer');

/**
 * A kiosk host inside the test process, on a clock the test moves: schedules, opening hours and
 * the PIN lockout see whatever day and time the test sets, without waiting. It looks for USB
 * sticks in its own folder (`usb`), as a running kiosk does every two seconds of real time. `restart()` closes it
 * and opens it again on the same data, as a power cut and a reboot would (at a new address).
 * `exits` counts how often reception closed the kiosk from its admin view.
 */
export async function startKioskOnClock(start: Date) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-e2e-clock-'));
  const usb = usbMounts();
  const time = movableClock(start);
  let exits = 0;
  const open = () =>
    startHost({
      role: 'kiosk',
      dataDir,
      port: 0,
      rendererDir,
      log: silentLog,
      clock: time.clock,
      onExit: () => exits++,
      usbRoots: [{ path: usb.root, depth: 1 }],
    });
  let host: Host = await open();
  return {
    dataDir,
    usb,
    ...time,
    ...storeReader(dataDir),
    ...behindTheScreen(dataDir, time.clock),
    get url() {
      return host.url;
    },
    get exits() {
      return exits;
    },
    async restart() {
      await host.close();
      host = await open();
    },
    async stop() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(usb.root, { recursive: true, force: true });
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

/**
 * The same, with `kioskOnClock`: a host on a clock the test moves, starting at `clockStart`
 * (set it with `test.use({ clockStart })`; a Monday morning unless told).
 */
export const testOnClock = base.extend<{ clockStart: Date; kioskOnClock: KioskOnClock }>({
  clockStart: [new Date(2026, 10, 16, 10, 0), { option: true }],
  kioskOnClock: async ({ page, clockStart }, use) => {
    const kiosk = await startKioskOnClock(clockStart);
    await page.clock.install();
    await use(kiosk);
    await kiosk.stop();
  },
});

/**
 * Stops the page's clock where it stands: from here only `page.clock.runFor` moves it. The clock
 * otherwise flows with real time between steps, so "5 seconds into a countdown" would mean 5
 * seconds plus however long a busy machine took over the steps in between. Stop it only where
 * nothing waits for a frame: Preact runs effects on animation frames, which a stopped clock holds.
 */
export async function stopPageClock(page: Page): Promise<void> {
  for (;;) {
    const now = await page.evaluate(() => Date.now());
    try {
      return await page.clock.pauseAt(now + 100);
    } catch (error) {
      // Real time passed `now + 100` before the pause arrived: read the clock again.
      if (!String(error).includes('Cannot fast-forward to the past')) throw error;
    }
  }
}

export type Kiosk = Awaited<ReturnType<typeof startKiosk>>;
export type KioskOnClock = Awaited<ReturnType<typeof startKioskOnClock>>;
export { expect };
