/**
 * The crash harness: runs the kiosk (`kuulluksi serve`) as a child process, keeps answers
 * arriving over HTTP, SIGKILLs the child at a random moment once an answer or two got through
 * (often mid-commit), restarts it and goes on. At the end every acknowledged answer must be in the database exactly once and the
 * database must pass integrity_check. This is a power cut as the kiosk's own process sees it.
 */
import Database from 'better-sqlite3';
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { kioskDatabaseFile } from '../../electron/core/kiosk/open-kiosk.ts';
import { serve } from '../../build/serve-host.ts';

export type CrashFigures = {
  kills: number;
  killsWithAnswersInFlight: number;
  acknowledged: number;
  lost: number;
  stored: number;
  integrityFailures: number;
  refusedStarts: number;
  /** Why the kiosk would not start again, once per distinct reason. */
  refusals: string[];
};

const refusalsBeforeGivingUp = 100;

type Options = { dataDir: string; kills: number; inFlight?: number; maxRunMs?: number };

export async function runCrashHarness({
  dataDir,
  kills,
  inFlight = 4,
  maxRunMs = 40,
}: Options): Promise<CrashFigures> {
  const acknowledged = new Set<string>();
  const figures: CrashFigures = {
    kills: 0,
    killsWithAnswersInFlight: 0,
    acknowledged: 0,
    lost: 0,
    stored: 0,
    integrityFailures: 0,
    refusedStarts: 0,
    refusals: [],
  };

  for (let round = 0; round < kills; round++) {
    let host;
    try {
      host = await serve('kiosk', dataDir);
    } catch (error) {
      figures.refusedStarts++;
      const reason = String(error);
      if (!figures.refusals.includes(reason)) figures.refusals.push(reason);
      continue;
    }
    let running = true;
    let pending = 0;
    // Each round first sees an answer or two through, however busy the machine, then kills at a
    // random moment after: answers keep arriving meanwhile, so the kill often lands mid-commit.
    const wanted = randomInt(1, 3);
    let ackedThisRound = 0;
    let refusedThisRound = 0;
    let enoughAcked: () => void = () => {};
    const enough = new Promise<void>((resolve) => (enoughAcked = resolve));
    const submitter = async () => {
      while (running) {
        pending++;
        const acked = await submitOnce(host.url, randomInt(1, 6));
        pending--;
        if (acked) {
          acknowledged.add(acked);
          if (++ackedThisRound >= wanted) enoughAcked();
        } else if (++refusedThisRound >= refusalsBeforeGivingUp) {
          // A kiosk that takes nothing (closed, or broken) ends the round; the figures say so.
          enoughAcked();
        }
      }
    };
    const submitters = Array.from({ length: inFlight }, submitter);
    await enough;
    await sleep(randomInt(0, maxRunMs + 1));
    if (pending > 0) figures.killsWithAnswersInFlight++;
    await host.stop('SIGKILL');
    figures.kills++;
    running = false;
    await Promise.all(submitters);
  }

  // Not read-only: the last kill may have left a hot journal, which only a writer can roll back, as
  // the kiosk's next start would.
  const db = new Database(join(dataDir, kioskDatabaseFile));
  try {
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') figures.integrityFailures++;
    const stored = new Map<string, number>();
    for (const { id } of db.prepare<[], { id: string }>('SELECT id FROM responses').all()) {
      stored.set(id, (stored.get(id) ?? 0) + 1);
    }
    figures.stored = stored.size;
    figures.acknowledged = acknowledged.size;
    figures.lost = [...acknowledged].filter((id) => stored.get(id) !== 1).length;
  } finally {
    db.close();
  }
  return figures;
}

/** One answer; resolves with its id only if the kiosk acknowledged it, as the thank-you screen would. */
async function submitOnce(url: string, value: number): Promise<string | null> {
  try {
    const response = await fetch(new URL('api/kiosk.submitResponse', url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ questionId: 'visit-today', questionVersion: 1, value }),
    });
    const result = (await response.json()) as { ok: boolean; value?: { responseId: string } };
    return result.ok && result.value ? result.value.responseId : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
