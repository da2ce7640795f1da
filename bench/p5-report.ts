/**
 * P5: the staff dashboard's report (electron/core/staff/report.ts, what `staff.report` answers)
 * over a staff store of 1,000,000 imported answers, against the sqlite3 CLI running the same
 * statements with the same parameters on the same file. Both read a warm file: the time is the
 * aggregate's, not the disk's.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { openStaff, staffDatabaseFile } from '../electron/core/staff/open-staff.ts';
import { buildReport } from '../electron/core/staff/report.ts';
import { batchSet, importedStaffStore } from './fixtures.ts';
import { interleave, timed } from './interleave.ts';
import { row, sized, type Benchmark } from './row.ts';
import { cliScript, recordingDatabase, type RecordedStatement } from './sql-recorder.ts';
import { median, round } from './stats.ts';

export const p5Report: Benchmark = {
  id: 'P5',
  async run({ quick, progress }) {
    const batches = quick ? 20 : 1000;
    const rounds = 3;
    /** Runs of the report inside each round; a round's figure is their median, after one unmeasured run. */
    const runsPerRound = 3;
    const set = await batchSet(batches, 1000, progress);
    const dataDir = await importedStaffStore(set, `${batches}x1000`, progress);
    const staff = openStaff({ dataDir });
    try {
      const { db, recorded } = recordingDatabase(staff.db);
      const answers = buildReport(db).questions.reduce((sum, question) => sum + (question.total ?? 0), 0);
      if (answers !== set.responses) throw new Error(`P5: the report counts ${answers} answers of ${set.responses}`);
      const statements = [...recorded];
      const ours = async () => {
        const times: number[] = [];
        for (let run = 0; run < runsPerRound; run++) times.push(await timed(() => buildReport(staff.db)));
        return median(times);
      };
      const cli = () => median(sqliteCliTimes(join(dataDir, staffDatabaseFile), statements, runsPerRound + 1).slice(1));
      await ours();
      progress(`P5: ${rounds} rounds of ${runsPerRound} reports, against the sqlite3 CLI`);
      const { oursMedian, peerMedian, ratio } = await interleave(rounds, ours, cli);
      return [
        row('P5 ours', `staff report (buildReport, ${statements.length} statements) over ${sized(set.responses, 'answers', quick)}`, round(oursMedian, 1), 'ms', 50),
        row('P5 sqlite3', `sqlite3 ${sqliteVersion()} CLI, same SQL on the same file (.timer)`, round(peerMedian, 1), 'ms'),
        row('P5 ratio', 'ours / sqlite3 CLI, in turns', round(ratio, 2), '×', 1.2),
      ];
    } finally {
      staff.close();
    }
  },
};

/** The CLI's own time for each run of all the statements together, in ms, by its `.timer`. */
function sqliteCliTimes(file: string, statements: readonly RecordedStatement[], runs: number): number[] {
  const result = spawnSync('sqlite3', ['-readonly', file], { input: cliScript(statements, runs), encoding: 'utf8' });
  if (result.error) throw new Error(`P5 needs the sqlite3 CLI (apt-get install sqlite3): ${result.error.message}`);
  if (result.status !== 0 || result.stderr) throw new Error(`P5: sqlite3 failed: ${result.stderr}`);
  const each = [...result.stdout.matchAll(/^Run Time: real ([\d.]+)/gm)].map((match) => Number(match[1]) * 1000);
  if (each.length !== runs * statements.length) throw new Error(`P5: sqlite3 printed ${each.length} timings, expected ${runs * statements.length}`);
  return Array.from({ length: runs }, (_, run) => each.slice(run * statements.length, (run + 1) * statements.length).reduce((a, b) => a + b, 0));
}

function sqliteVersion(): string {
  return spawnSync('sqlite3', ['-version'], { encoding: 'utf8' }).stdout.split(' ')[0] ?? '?';
}
