import type { Database } from 'better-sqlite3';

/** One schema step. Files are named NNN-what.ts and listed in order by their role's index. */
export type Migration = {
  version: number;
  name: string;
  up(db: Database): void;
};
