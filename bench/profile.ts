/**
 * `BENCH_PROFILE=DIR npm run bench -- --only P4`: each timed run of ours in P3, P4 and P5 is recorded by
 * V8's CPU profiler into DIR as NN-label.cpuprofile, to open in Chrome DevTools (Performance,
 * "Load profile") or to summarise with bench/profile-summary.ts. Profiling slows the code it
 * watches, so the table of such a run is not comparable with others.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';

const folder = process.env.BENCH_PROFILE;
let written = 0;

export async function profiledIfAsked<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  if (!folder) return work();
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    try {
      return await work();
    } finally {
      const { profile } = await session.post('Profiler.stop');
      mkdirSync(folder, { recursive: true });
      writeFileSync(
        join(folder, `${String(++written).padStart(2, '0')}-${label}.cpuprofile`),
        JSON.stringify(profile),
      );
    }
  } finally {
    session.disconnect();
  }
}
