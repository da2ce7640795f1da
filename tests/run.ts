/**
 * `npm test`: the typecheck, the format check, every Node test file and the Playwright suite,
 * then one closing line `N passed, N failed, N skipped` summing all of them (CI reads that line).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './helpers/project.ts';

const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name);
const reports = mkdtempSync(join(tmpdir(), 'kuulluksi-test-reports-'));
const run = (command: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...env } }).status;

const totals = { passed: 0, failed: 0, skipped: 0 };

for (const project of ['tsconfig.json', 'renderer/tsconfig.json']) {
  const ok = run(bin('tsc'), ['-p', project]) === 0;
  totals[ok ? 'passed' : 'failed'] += 1;
  console.log(`typecheck ${project}: ${ok ? 'ok' : 'FAILED'}`);
}

// Formatting is checked like types: a file Prettier would change fails the run (`npm run format` fixes it).
const formatted = run(bin('prettier'), ['--check', '--log-level=warn', '.']) === 0;
totals[formatted ? 'passed' : 'failed'] += 1;
console.log(`format: ${formatted ? 'ok' : 'FAILED (run npm run format)'}`);

const tap = join(reports, 'node.tap');
run(process.execPath, [
  '--test',
  '--test-concurrency=2',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=tap',
  `--test-reporter-destination=${tap}`,
  'tests/unit/**/*.test.ts',
  'tests/integration/**/*.test.ts',
]);
const tapText = readFileSync(tap, 'utf8');
const tapCount = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(tapText)?.[1] ?? NaN);
totals.passed += tapCount('pass');
totals.failed += tapCount('fail') + tapCount('cancelled');
totals.skipped += tapCount('skipped') + tapCount('todo');

const playwrightJson = join(reports, 'playwright.json');
run(
  process.execPath,
  [
    join(projectRoot, 'node_modules', '@playwright', 'test', 'cli.js'),
    'test',
    '--config',
    'tests/e2e/playwright.config.ts',
    '--reporter=list,json',
  ],
  {
    PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
  },
);
const stats = JSON.parse(readFileSync(playwrightJson, 'utf8')).stats as Record<string, number>;
totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
totals.failed += stats.unexpected ?? 0;
totals.skipped += stats.skipped ?? 0;

if (Object.values(totals).some(Number.isNaN)) {
  console.log('A test runner did not report its counts; treating the run as failed.');
  totals.failed = Math.max(1, totals.failed || 0);
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = totals.failed > 0 || totals.passed === 0 ? 1 : 0;
