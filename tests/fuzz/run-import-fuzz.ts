import type { Database } from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../electron/core/errors.ts';
import { importBatch } from '../../electron/core/staff/import-batches.ts';
import { approveKiosk } from '../../electron/core/staff/kiosks.ts';
import { openStaff } from '../../electron/core/staff/open-staff.ts';
import { loadCorpus, makeInput } from './batch-mutations.ts';
import { seededRandom } from './random.ts';

/** Where a refused input was stopped, cheapest check first (see openBatch and storeBatch). */
export const stages = ['limits', 'decrypt', 'json', 'signature', 'content', 'store'] as const;
export type Stage = (typeof stages)[number];

export type FuzzFailure = { index: number; kind: string; what: string };

export type FuzzStats = {
  tried: number;
  rejected: number;
  imported: number;
  held: number;
  duplicates: number;
  rejectedAt: Record<Stage, number>;
  /** Anything thrown that is not an AppError: a bug, whatever the input. */
  crashes: FuzzFailure[];
  /** Inputs that took longer than the time limit for their size (see `timeLimitMs`). */
  hangs: FuzzFailure[];
  /** Refused inputs that left a write behind: "a rejected file stores nothing" broken. */
  leaks: FuzzFailure[];
  slowestMs: number;
};

export type FuzzOptions = {
  seed: number;
  /** Input numbers from..to (exclusive); a worker takes every `step`-th one. */
  from: number;
  to: number;
  step?: number;
  /** Told each input's number before it runs, so a watchdog can name the one that never returns. */
  starting?: (index: number) => void;
};

const today = '2026-11-22';

/**
 * What counts as a hang: more than 2 s, plus 1 s per MiB of input. Every check is linear in the
 * size of the file, and a batch near the 16 MiB cap honestly takes a second or two here (decrypt,
 * parse, schema, canonical JSON for the signature), more on a busy machine; what this is for is
 * work out of proportion to the input, or none ending at all.
 */
export function timeLimitMs(inputBytes: number): number {
  return 2000 + (1000 * inputBytes) / (1024 * 1024);
}

export function stageOf(error: AppError): Stage {
  const reason = error.message;
  if (error.code === 'conflict') return 'store';
  if (/larger than a batch|age header|not an age-encrypted|X25519 staff key/.test(reason)) return 'limits';
  if (/none of its recipients is this staff key|damaged or incomplete/.test(reason)) return 'decrypt';
  if (/not JSON|batch format|not a valid Kuulluksi batch/.test(reason)) return 'json';
  if (/does not belong to the key|signature does not verify|did not address it/.test(reason))
    return 'signature';
  return 'content';
}

/**
 * Feeds generated inputs to the importer (`importBatch`: every check, then the store) on a real
 * staff database, and counts what became of each. The vectors' kiosk is approved first, so a
 * valid input can be imported as well as held.
 */
export async function runImportFuzz({ seed, from, to, step = 1, starting }: FuzzOptions): Promise<FuzzStats> {
  const corpus = await loadCorpus();
  const dataDir = mkdtempSync(join(tmpdir(), 'kuulluksi-fuzz-'));
  const staff = openStaff({ dataDir });
  const stats: FuzzStats = {
    tried: 0,
    rejected: 0,
    imported: 0,
    held: 0,
    duplicates: 0,
    rejectedAt: Object.fromEntries(stages.map((stage) => [stage, 0])) as Record<Stage, number>,
    crashes: [],
    hangs: [],
    leaks: [],
    slowestMs: 0,
  };
  const writes = countWrites(staff.db);
  try {
    await importBatch(staff.db, corpus.staff, corpus.files[0]!, today);
    approveKiosk(staff.db, corpus.plaintexts[0]!.body.kioskId);
    for (let index = from; index < to; index += step) {
      const input = await makeInput(seededRandom(seed, index), corpus);
      const writesBefore = writes();
      starting?.(index);
      const started = performance.now();
      try {
        const { outcome } = await importBatch(staff.db, corpus.staff, input.bytes, today);
        stats[outcome === 'duplicate' ? 'duplicates' : outcome] += 1;
      } catch (error) {
        if (!(error instanceof AppError)) {
          stats.crashes.push({
            index,
            kind: input.kind,
            what: error instanceof Error ? (error.stack ?? error.message) : String(error),
          });
        } else {
          stats.rejected += 1;
          stats.rejectedAt[stageOf(error)] += 1;
          if (writes() !== writesBefore) stats.leaks.push({ index, kind: input.kind, what: error.message });
        }
      }
      const ms = performance.now() - started;
      stats.slowestMs = Math.max(stats.slowestMs, ms);
      if (ms > timeLimitMs(input.bytes.length)) {
        stats.hangs.push({
          index,
          kind: input.kind,
          what: `${Math.round(ms)} ms for ${input.bytes.length} bytes`,
        });
      }
      stats.tried += 1;
    }
  } finally {
    staff.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return stats;
}

/**
 * A count of the rows written to the staff tables that stays O(1) however large the store grows:
 * temporary triggers (this connection only, the schema is untouched) count each write in the
 * same transaction, so a rolled-back import leaves the count where it was.
 */
function countWrites(db: Database): () => number {
  db.exec('CREATE TEMP TABLE fuzz_writes (n INTEGER NOT NULL); INSERT INTO fuzz_writes VALUES (0);');
  for (const table of ['kiosks', 'batches', 'questions', 'responses', 'kiosk_notices']) {
    for (const event of ['INSERT', 'UPDATE', 'DELETE']) {
      db.exec(
        `CREATE TEMP TRIGGER fuzz_${table}_${event} AFTER ${event} ON main.${table} BEGIN UPDATE fuzz_writes SET n = n + 1; END;`,
      );
    }
  }
  const read = db.prepare<[], { n: number }>('SELECT n FROM fuzz_writes');
  return () => read.get()!.n;
}

/** Adds up the figures of several workers. */
export function mergeStats(all: FuzzStats[]): FuzzStats {
  const sum = (pick: (stats: FuzzStats) => number) => all.reduce((total, stats) => total + pick(stats), 0);
  return {
    tried: sum((s) => s.tried),
    rejected: sum((s) => s.rejected),
    imported: sum((s) => s.imported),
    held: sum((s) => s.held),
    duplicates: sum((s) => s.duplicates),
    rejectedAt: Object.fromEntries(stages.map((stage) => [stage, sum((s) => s.rejectedAt[stage])])) as Record<
      Stage,
      number
    >,
    crashes: all.flatMap((s) => s.crashes),
    hangs: all.flatMap((s) => s.hangs),
    leaks: all.flatMap((s) => s.leaks),
    slowestMs: Math.max(...all.map((s) => s.slowestMs)),
  };
}

export function describeStats(stats: FuzzStats, seconds: number): string {
  const accepted = stats.imported + stats.held + stats.duplicates;
  const stagesLine = stages.map((stage) => `${stage} ${stats.rejectedAt[stage]}`).join(', ');
  return [
    `inputs tried ${stats.tried}, rejected ${stats.rejected}, accepted ${accepted} (imported ${stats.imported}, held ${stats.held}, duplicates ${stats.duplicates})`,
    `rejected at: ${stagesLine}`,
    `crashes ${stats.crashes.length}, hangs ${stats.hangs.length}, leaks ${stats.leaks.length}; slowest input ${Math.round(stats.slowestMs)} ms; ${seconds.toFixed(1)} s`,
  ].join('\n');
}
