/**
 * `npm run fuzz -- [--count N] [--seed S] [--workers W] [--only INDEX]`: feeds N generated batch
 * files (default 1,000,000) to the staff importer, on one worker thread per core, and reports
 * inputs tried, rejected (and at which check), accepted, crashes (anything thrown that is not an
 * AppError), hangs (an input over 2 s plus 1 s per MiB) and leaks (a refused input that left
 * rows). Exits 1 if there was any crash, hang or leak. A watchdog in the main thread names an
 * input that never returns, which the worker itself could not. `--only INDEX` makes that one
 * input again, writes it to a file and runs it alone.
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { loadCorpus, makeInput } from './batch-mutations.ts';
import { seededRandom } from './random.ts';
import {
  describeStats,
  mergeStats,
  runImportFuzz,
  type FuzzFailure,
  type FuzzStats,
} from './run-import-fuzz.ts';

/** Past this, an input is stuck for good (the largest honest one takes seconds): the worker is stopped and the input named. */
const stuckMs = 60_000;

type Job = {
  seed: number;
  from: number;
  to: number;
  step: number;
  progress: SharedArrayBuffer;
  slot: number;
};

if (isMainThread) {
  process.exitCode = await main();
} else {
  const job = workerData as Job;
  // Per worker: the input running now, when it started, and how many are done.
  const progress = new Float64Array(job.progress, job.slot * 3 * 8, 3);
  let done = 0;
  const stats = await runImportFuzz({
    ...job,
    starting: (index) => {
      progress[0] = index;
      progress[1] = Date.now();
      progress[2] = done++;
    },
  });
  progress[1] = 0;
  parentPort!.postMessage(stats);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string' },
      only: { type: 'string' },
    },
  });
  const seed = Number(values.seed);
  if (values.only !== undefined) return replay(seed, Number(values.only));
  const count = Number(values.count);
  const workers = Number(values.workers ?? Math.max(1, availableParallelism()));
  if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(workers) || workers < 1) {
    console.error('usage: npm run fuzz -- [--count N] [--seed S] [--workers W] [--only INDEX]');
    return 2;
  }
  console.log(`Fuzzing the batch importer: ${count} inputs, seed ${seed}, ${workers} worker(s).`);
  const started = performance.now();
  const progress = new SharedArrayBuffer(workers * 3 * 8);
  const slots = Array.from({ length: workers }, (_, slot) => new Float64Array(progress, slot * 3 * 8, 3));
  const stuck: FuzzFailure[] = [];
  const results = Array.from({ length: workers }, (_, slot) => {
    const worker = new Worker(new URL(import.meta.url), {
      workerData: { seed, from: slot, to: count, step: workers, progress, slot } satisfies Job,
    });
    const watchdog = setInterval(() => {
      const [index, since] = [slots[slot]![0]!, slots[slot]![1]!];
      if (since > 0 && Date.now() - since > stuckMs) {
        stuck.push({
          index,
          kind: 'unknown (replay with --only)',
          what: `no answer after ${stuckMs} ms; worker stopped`,
        });
        void worker.terminate();
      }
    }, 1000);
    return new Promise<FuzzStats | null>((resolve) => {
      worker.once('message', (stats: FuzzStats) => resolve(stats));
      worker.once('error', (error) => {
        stuck.push({
          index: slots[slot]![0]!,
          kind: 'unknown (replay with --only)',
          what: `worker died: ${String(error)}`,
        });
        resolve(null);
      });
      worker.once('exit', () => resolve(null));
    }).finally(() => clearInterval(watchdog));
  });
  const report = setInterval(() => {
    const done = slots.reduce((sum, slot) => sum + slot[2]!, 0);
    console.log(`  ${done} / ${count} after ${Math.round((performance.now() - started) / 1000)} s`);
  }, 30_000);
  const stats = mergeStats((await Promise.all(results)).filter((result) => result !== null));
  clearInterval(report);
  stats.hangs.push(...stuck);
  console.log(describeStats(stats, (performance.now() - started) / 1000));
  for (const [what, failures] of [
    ['crash', stats.crashes],
    ['hang', stats.hangs],
    ['leak', stats.leaks],
  ] as const) {
    for (const failure of failures.slice(0, 10))
      console.log(`${what}: input ${failure.index} (${failure.kind}): ${failure.what}`);
  }
  const failed = stats.crashes.length + stats.hangs.length + stats.leaks.length > 0 || stats.tried !== count;
  if (failed) console.log(`FAILED. Replay one input with: npm run fuzz -- --seed ${seed} --only INDEX`);
  return failed ? 1 : 0;
}

async function replay(seed: number, index: number): Promise<number> {
  const input = await makeInput(seededRandom(seed, index), await loadCorpus());
  const file = join(tmpdir(), `kuulluksi-fuzz-${seed}-${index}.age`);
  writeFileSync(file, input.bytes);
  console.log(
    `Input ${index} of seed ${seed}: ${input.kind}, ${input.bytes.length} bytes, written to ${file}`,
  );
  const stats = await runImportFuzz({ seed, from: index, to: index + 1 });
  console.log(describeStats(stats, 0));
  for (const failure of [...stats.crashes, ...stats.hangs, ...stats.leaks]) console.log(failure.what);
  return stats.crashes.length + stats.hangs.length + stats.leaks.length > 0 ? 1 : 0;
}
