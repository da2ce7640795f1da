import type { Database } from 'better-sqlite3';
import { defaultMinCellSize } from '../../../../shared/small-cells/threshold.ts';

/** The smallest count any report shows (k): staff's choice, or the default before they chose. */
export function readMinCellSize(db: Database): number {
  const row = db.prepare<[], number>('SELECT min_cell_size FROM reading_setting').pluck().get();
  return row ?? defaultMinCellSize;
}

/** Stores k, checked by the contract (3 to 50) and again by the table. */
export function writeMinCellSize(db: Database, minCellSize: number): number {
  db.prepare(
    `INSERT INTO reading_setting (singleton, min_cell_size) VALUES (1, ?)
     ON CONFLICT (singleton) DO UPDATE SET min_cell_size = excluded.min_cell_size`,
  ).run(minCellSize);
  return readMinCellSize(db);
}
