import type { Database } from 'better-sqlite3';
import type { Report } from '../../../shared/contract/index.ts';
import { answerTables, type AnswerTables } from './reading/answer-tables.ts';
import { viewOf } from './reading/dashboard.ts';
import { readMinCellSize } from './reading/reading-setting.ts';

export type ReportOptions = {
  /** The small-cell threshold k; staff's setting when not given. */
  minCellSize?: number;
  /** Whether answers flagged as quick repeats (perhaps the same person tapping again) count. */
  includeRepeats?: boolean;
};

/**
 * Answers per question wording and value over all time, all kiosks and languages: the
 * dashboard's widest view (reading/dashboard.ts), so the one small-cell rule decides what it
 * hides. Every value of the scale gets a cell, zero included, so a reader sees the whole scale.
 * Only approved kiosks count, and only wordings they asked are listed.
 */
export function buildReport(
  db: Database,
  { minCellSize, includeRepeats = true }: ReportOptions = {},
): Report {
  const k = minCellSize ?? readMinCellSize(db);
  return reportOf(answerTables(db, k), k, includeRepeats);
}

/** The report from tables already protected with `minCellSize`. */
export function reportOf({ tables }: AnswerTables, minCellSize: number, includeRepeats: boolean): Report {
  const filter = {
    period: { kind: 'all' },
    place: { kind: 'all' },
    language: 'all',
    includeRepeats,
  } as const;
  return {
    minCellSize,
    questions: tables.flatMap((table) => {
      const view = viewOf(table, filter);
      if (!view) return [];
      const { questionId, questionVersion, scale, texts, total, cells } = view;
      return [{ questionId, questionVersion, scale, texts, total, cells }];
    }),
  };
}
