/**
 * What "nothing was stored" is checked against: a refusal is compared with the state before it.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Every row of every table, read from the file through a read-only connection of its own, so it
 * also works while a host or core holds the database open (WAL lets a reader in beside the writer).
 */
export function storeContents(file: string): string {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .all();
    return JSON.stringify(
      tables.map(({ name }) => [name, db.prepare(`SELECT * FROM "${name}"`).raw().all()]),
    );
  } finally {
    db.close();
  }
}

/**
 * Every file under `dir` by its path and a hash of its bytes. The -shm file is left out: it is
 * SQLite's shared-memory index, which a mere reader updates, and holds no data of its own.
 */
export function folderFiles(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('-shm')) continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}
