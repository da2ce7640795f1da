/**
 * What someone holding a copy of the kiosk's data folder can do with it, as tests: read every file
 * as raw bytes and look where each answer's words lie, and read the database as tables and ask
 * whether any column sorts into the order the answers were given.
 */
import Database from 'better-sqlite3';
import { randomInt } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Above this, a file or column is taken to reveal tap order. For n answers placed at random the
 * rank correlation has a spread of about 1/√(n−1): with 100 answers, 0.5 is five spreads, which
 * chance reaches about once in a million checks; the order as written reaches 1.
 */
export const orderRevealedAbove = 0.5;

/** Words no scrubber touches and no two answers share: lowercase letters only. */
export function uniqueWord(): string {
  return Array.from({ length: 14 }, () => String.fromCharCode(97 + randomInt(26))).join('');
}

/** Every regular file under `dir`, by its path relative to it, read at this moment. */
export function readFolder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    // A journal may come and go between listing and reading: what is gone was not there to copy.
    try {
      if (statSync(path).isFile()) files.set(relative(dir, path), readFileSync(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return files;
}

export type OrderFinding = { where: string; found: number; correlation: number };

/**
 * For each file, where the first copy of each word lies, ranked against the order the words were
 * given (`wordsInTapOrder`): the rank correlation, and how many of the words the file holds.
 */
export function orderInFiles(files: Map<string, Buffer>, wordsInTapOrder: readonly string[]): OrderFinding[] {
  return [...files].map(([where, bytes]) => {
    const taps: number[] = [];
    const offsets: number[] = [];
    wordsInTapOrder.forEach((word, tap) => {
      const offset = bytes.indexOf(word);
      if (offset >= 0) {
        taps.push(tap);
        offsets.push(offset);
      }
    });
    return { where, found: taps.length, correlation: rankCorrelation(taps, offsets) };
  });
}

/**
 * For every table and view of the database, every column (and the rowid where there is one) whose
 * values differ between the answers holding the words, ranked against tap order. Rows are matched
 * to words by their text, so this reads a schema it does not know.
 */
export function orderInColumns(dbFile: string, wordsInTapOrder: readonly string[]): OrderFinding[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    const findings: OrderFinding[] = [];
    const relations = db
      .prepare<[], { name: string; type: string; withoutRowid: number }>(
        `SELECT name, type, sql LIKE '%WITHOUT ROWID%' AS withoutRowid FROM sqlite_schema
         WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'`,
      )
      .all();
    for (const { name, type, withoutRowid } of relations) {
      const rowid = type === 'table' && !withoutRowid ? 'rowid AS "(rowid)", ' : '';
      const rows = db.prepare<[], Record<string, unknown>>(`SELECT ${rowid}* FROM "${name}"`).all();
      const tapOf = (row: Record<string, unknown>) => {
        const text = JSON.stringify(row);
        return wordsInTapOrder.findIndex((word) => text.includes(word));
      };
      const matched = rows.map((row) => ({ row, tap: tapOf(row) })).filter(({ tap }) => tap >= 0);
      if (matched.length < 2) continue;
      for (const column of Object.keys(matched[0]!.row)) {
        const values = matched.map(({ row }) => row[column]);
        if (new Set(values).size !== values.length) continue;
        findings.push({
          where: `${name}.${column}`,
          found: matched.length,
          correlation: rankCorrelation(
            matched.map(({ tap }) => tap),
            values.map((value) => (typeof value === 'number' ? value : String(value))),
          ),
        });
      }
    }
    return findings;
  } finally {
    db.close();
  }
}

/** The places (file, offset) where any of `words` still lies. */
export function leftovers(files: Map<string, Buffer>, words: readonly string[]): string[] {
  const found: string[] = [];
  for (const [where, bytes] of files) {
    for (const word of words) {
      const offset = bytes.indexOf(word);
      if (offset >= 0) found.push(`${where} @${offset}: ${word}`);
    }
  }
  return found;
}

/** Spearman's rank correlation of two equally long lists (ties broken by position); 0 when too short to tell. */
export function rankCorrelation(xs: readonly number[], ys: readonly (number | string)[]): number {
  const n = xs.length;
  if (n < 3) return 0;
  const rx = ranks(xs);
  const ry = ranks(ys);
  const mean = (n - 1) / 2;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    covariance += (rx[i]! - mean) * (ry[i]! - mean);
    varianceX += (rx[i]! - mean) ** 2;
    varianceY += (ry[i]! - mean) ** 2;
  }
  return covariance / Math.sqrt(varianceX * varianceY);
}

function ranks(values: readonly (number | string)[]): number[] {
  const order = values.map((value, index) => ({ value, index }));
  order.sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : a.index - b.index));
  const rank = new Array<number>(values.length);
  order.forEach(({ index }, position) => (rank[index] = position));
  return rank;
}

/** The findings that reveal order, as lines a failing assertion can show. */
export function revealing(findings: readonly OrderFinding[]): string[] {
  return findings
    .filter((finding) => Math.abs(finding.correlation) > orderRevealedAbove)
    .map(
      (finding) =>
        `${finding.where}: ${finding.found} answers, rank correlation ${finding.correlation.toFixed(2)}`,
    );
}
