import Database from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** Overwrites every page of one b-tree (table or index) with noise: real, on-disk damage. */
export function garbleBtree(file: string, name: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  const { rootpage } = db
    .prepare<[string], { rootpage: number }>('SELECT rootpage FROM sqlite_schema WHERE name = ?')
    .get(name)!;
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  const bytes = readFileSync(file);
  bytes.fill(0x55, (rootpage - 1) * pageSize, rootpage * pageSize);
  writeFileSync(file, bytes);
}

/**
 * Makes an index disagree with its table while every page stays well-formed: quick_check still
 * passes, only the full integrity_check notices (it compares index and table contents).
 */
export function desyncIndex(file: string, index: string, newDefinition: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = DELETE');
  db.close();
  // better-sqlite3 runs SQLite in defensive mode, which forbids schema edits; the sqlite3 tool does not.
  const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;
  execFileSync('sqlite3', [
    file,
    `PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = ${quoted(newDefinition)} WHERE name = ${quoted(index)};`,
  ]);
}
