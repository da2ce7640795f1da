/**
 * P5: the staff report (electron/core/staff/report.ts, what `staff.report` answers) over a staff
 * store of 1,000,000 imported answers, its protected tables built afresh each run, against the
 * sqlite3 CLI running the same statements with the same parameters on the same file. Both are
 * timed warm (after a first run), so the figure is the aggregate's, not the disk's or a process
 * start's. The CLI only reads the kept counts; ours also applies the small-cell rule to them.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openStaff, staffDatabaseFile } from '../electron/core/staff/open-staff.ts';
import { buildAnswerTables } from '../electron/core/staff/reading/answer-tables.ts';
import { buildReport, reportOf } from '../electron/core/staff/report.ts';
import { defaultMinCellSize as k } from '../shared/small-cells/threshold.ts';
import { batchSet, importedStaffStore } from './fixtures.ts';
import { interleave, timed } from './interleave.ts';
import { profiledIfAsked } from './profile.ts';
import { row, sized, type Benchmark } from './row.ts';
import { cliScript, recordingDatabase, type RecordedStatement } from './sql-recorder.ts';
import { median, round } from './stats.ts';

export const p5Report: Benchmark = {
  id: 'P5',
  async run({ quick, progress }) {
    const batches = quick ? 20 : 1000;
    const rounds = 3;
    const set = await batchSet(batches, 1000, progress);
    const dataDir = await importedStaffStore(set, `${batches}x1000`, progress);
    const staff = openStaff({ dataDir });
    try {
      const { db, recorded } = recordingDatabase(staff.db);
      const answers = buildReport(db).questions.reduce((sum, question) => sum + (question.total ?? 0), 0);
      if (answers !== set.responses)
        throw new Error(`P5: the report counts ${answers} answers of ${set.responses}`);
      const file = join(dataDir, staffDatabaseFile);
      const statements = [...recorded];
      const ours = () =>
        profiledIfAsked('p5-report', async () => {
          const times: number[] = [];
          for (let spent = 0; times.length < 3 || spent < minimumMs; spent += times.at(-1)!)
            // Built afresh each time: buildReport keeps its tables until the next import.
            times.push(await timed(() => reportOf(buildAnswerTables(staff.db, k), k, true)));
          return median(times);
        });
      progress(`P5: ${rounds} rounds of the report against the sqlite3 CLI`);
      const { oursMedian, peerMedian, ratio } = await interleave(rounds, ours, () =>
        sqliteCliMs(file, statements),
      );
      return [
        row(
          'P5 ours',
          `staff report (buildReport, ${statements.length} statements) over ${sized(set.responses, 'answers', quick)}`,
          round(oursMedian, 1),
          'ms',
          50,
        ),
        row(
          'P5 sqlite3',
          `sqlite3 ${sqliteVersion()} CLI, the same SQL on the same file`,
          round(peerMedian, 1),
          'ms',
        ),
        row('P5 ratio', 'ours / sqlite3 CLI, in turns', round(ratio, 2), '×', 1.2),
      ];
    } finally {
      staff.close();
    }
  },
};

/** How long each side keeps repeating a fast report, so that its median rests on enough runs. */
const minimumMs = 200;

/**
 * One warm run of all the statements in the CLI, in ms: the wall-clock difference between a
 * process running them 1 + n times and one running them once, over n. Its `.timer` counts whole
 * milliseconds only, too coarse for a report that may take less than one; n is 3 for a slow
 * report and enough runs to fill `minimumMs` for a fast one.
 */
function sqliteCliMs(file: string, statements: readonly RecordedStatement[]): number {
  const once = cliWallMs(file, statements, 1);
  const oneWarmRun = Math.max(cliWallMs(file, statements, 2) - once, 0.01);
  const n = Math.max(3, Math.min(5000, Math.ceil(minimumMs / oneWarmRun)));
  return (cliWallMs(file, statements, 1 + n) - cliWallMs(file, statements, 1)) / n;
}

function cliWallMs(file: string, statements: readonly RecordedStatement[], runs: number): number {
  const input = cliScript(statements, runs);
  const started = performance.now();
  const result = spawnSync('sqlite3', ['-readonly', file], { input, encoding: 'utf8' });
  const ms = performance.now() - started;
  if (result.error)
    throw new Error(`P5 needs the sqlite3 CLI (apt-get install sqlite3): ${result.error.message}`);
  if (result.status !== 0 || result.stderr) throw new Error(`P5: sqlite3 failed: ${result.stderr}`);
  return ms;
}

function sqliteVersion(): string {
  return spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).stdout.split(' ')[0] ?? '?';
}
