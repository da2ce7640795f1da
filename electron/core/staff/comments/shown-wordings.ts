import type { Database } from 'better-sqlite3';
import type { ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import { answerTables } from '../reading/answer-tables.ts';
import { viewOf } from '../reading/dashboard.ts';
import { readMinCellSize } from '../reading/reading-setting.ts';

export type ShownWordings = {
  minCellSize: number;
  /** The wordings whose comments may be listed under the filter, by their key. */
  shown: ReadonlySet<string>;
  /** Wordings answered under the filter, but fewer than k times. */
  heldBack: number;
};

/**
 * Which wordings' comments may be shown under a filter: those whose total there is a figure the
 * small-cell rule shows, and at least k. Where fewer people answered, a comment could be told
 * apart by who was in the room that week, so none of that wording's comments is listed.
 */
export function shownWordings(db: Database, filter: ReportFilter, questionId: string | null): ShownWordings {
  const minCellSize = readMinCellSize(db);
  const shown = new Set<string>();
  let heldBack = 0;
  for (const table of answerTables(db, minCellSize).tables) {
    if (questionId !== null && table.wording.questionId !== questionId) continue;
    const view = viewOf(table, filter);
    if (!view) continue;
    if (view.total !== null && view.total >= minCellSize) shown.add(table.wording.key);
    else heldBack += 1;
  }
  return { minCellSize, shown, heldBack };
}

/**
 * The key electron/core/staff/reading/answer-tables.ts gives a wording, from a `questions` row:
 * kiosks asking a version in the same words, with the same tags, share one.
 */
export function wordingKeyOf(row: {
  id: string;
  version: number;
  scale: string;
  texts: string;
  area: string | null;
  item_code: string | null;
}): string {
  return JSON.stringify([row.id, row.version, row.scale, row.texts, row.area, row.item_code]);
}
