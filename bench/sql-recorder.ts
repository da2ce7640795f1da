import type { Database, Statement } from 'better-sqlite3';

/** A statement as code ran it: its SQL and the parameters it was run with. */
export type RecordedStatement = { sql: string; parameters: unknown[] };

/**
 * A stand-in for `db` that records every statement prepared through it and the parameters each
 * was run with, so a benchmark can hand the sqlite3 CLI exactly what product code runs, and keep
 * doing so when that code changes.
 */
export function recordingDatabase(db: Database): { db: Database; recorded: RecordedStatement[] } {
  const recorded: RecordedStatement[] = [];
  const recordRuns = (statement: Statement) =>
    new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== 'function') return value;
        if (!['all', 'get', 'iterate', 'run'].includes(String(property))) return value.bind(target);
        return (...parameters: unknown[]) => {
          recorded.push({ sql: target.source, parameters });
          return (value as (...args: unknown[]) => unknown).apply(target, parameters);
        };
      },
    });
  const recording = new Proxy(db, {
    get(target, property) {
      const value = Reflect.get(target, property, target) as unknown;
      if (property === 'prepare') return (sql: string) => recordRuns(target.prepare(sql));
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: recording, recorded };
}

/**
 * A script for the sqlite3 CLI running `statements` `times` times over, each with its
 * parameters bound through `.parameter set` (anonymous `?` numbered `?1`, `?2`, … in order), the
 * rows thrown away.
 */
export function cliScript(statements: readonly RecordedStatement[], times: number): string {
  const lines = ['.output /dev/null'];
  const body = statements.flatMap(({ sql, parameters }) => {
    let index = 0;
    const numbered = sql.replace(/\?(?!\d)/g, () => `?${++index}`);
    if (index !== parameters.length)
      throw new Error(`cannot bind ${parameters.length} parameters to: ${sql}`);
    return [
      '.parameter clear',
      ...parameters.map((value, i) => `.parameter set ?${i + 1} ${sqlLiteral(value)}`),
      `${numbered.trim().replace(/;$/, '')};`,
    ];
  });
  for (let run = 0; run < times; run++) lines.push(...body);
  return `${lines.join('\n')}\n`;
}

function sqlLiteral(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value === null) return 'NULL';
  throw new Error(`the sqlite3 CLI script binds numbers only, not ${JSON.stringify(value)}`);
}
