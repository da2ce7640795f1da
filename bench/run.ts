/**
 * `npm run bench [-- --quick] [--only P3,P4]`: every benchmark (or the ones named) in turn, one
 * table on stdout, and the same rows as JSON in bench/results/latest.json. Exit 0 when every benchmark ran (a missed goal shows in
 * the table, it is not an error), 1 when one could not run, 2 for a wrong command line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { p1TapToThanks } from './p1-tap-to-thanks.ts';
import { p2DurableInsert } from './p2-durable-insert.ts';
import { p3Export } from './p3-export.ts';
import { p4Import } from './p4-import.ts';
import { p5Dashboard } from './p5-dashboard.ts';
import { p5Report } from './p5-report.ts';
import { p6KioskRenderer } from './p6-kiosk-renderer.ts';
import { p7RendererHeap } from './p7-renderer-heap.ts';
import type { Benchmark, Row } from './row.ts';
import { resultsDir } from './scratch.ts';
import { formatTable } from './table.ts';

/** In the order of issue 7; each is its own module. */
const benchmarks: Benchmark[] = [
  p1TapToThanks,
  p2DurableInsert,
  p3Export,
  p4Import,
  p5Report,
  p5Dashboard,
  p6KioskRenderer,
  p7RendererHeap,
];

const usage = [
  'usage: npm run bench [-- --quick] [--only IDS]',
  '  --quick     fewer repetitions, the same rows, under a minute',
  '  --only IDS  only these benchmarks, e.g. P3,P4',
].join('\n');

let quick: boolean;
let chosen: Benchmark[];
try {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  quick = values.quick;
  const only = values.only?.toUpperCase().split(',');
  const unknown = only?.filter((id) => !benchmarks.some((benchmark) => benchmark.id === id)) ?? [];
  if (unknown.length > 0) throw new Error(`no benchmark ${unknown.join(', ')}`);
  chosen = benchmarks.filter((benchmark) => !only || only.includes(benchmark.id));
} catch (error) {
  console.error(`bench: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}

const progress = (message: string) => console.error(message);
const rows: Row[] = [];
let failed = false;
for (const benchmark of chosen) {
  const started = performance.now();
  try {
    rows.push(...(await benchmark.run({ quick, progress })));
    progress(`${benchmark.id} done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    failed = true;
    console.error(`bench: ${benchmark.id} could not run: ${(error as Error).stack ?? String(error)}`);
  }
}

mkdirSync(resultsDir, { recursive: true });
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(rows, null, 2)}\n`);
console.log(formatTable(rows));
process.exitCode = failed ? 1 : 0;
