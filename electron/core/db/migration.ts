import type { Database } from 'better-sqlite3';

/**
 * One schema step. Files are named NNN-what.ts and listed in order by their role's index; the rows
 * a step inserts are written out in it or beside it (NNN-data.ts), never taken from code that may
 * change, because a step must do the same on every database whenever it runs.
 */
export type Migration = {
  version: number;
  name: string;
  up(db: Database): void;
};
