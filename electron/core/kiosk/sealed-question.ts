import type { Database } from 'better-sqlite3';
import type { BatchQuestion } from '../batch/format.ts';
import type { ParticipationArea } from '../../../shared/participation-areas.ts';
import { findQuestion } from './questions.ts';

/**
 * A question version as a batch describes it: its wording, its item code (kept with the version,
 * so it is the code of the question the client answered), and the participation area the bank
 * tags its id with as the batch is sealed. Undefined if the kiosk never had that version.
 */
export function sealedQuestion(db: Database, id: string, version: number): BatchQuestion | undefined {
  const question = findQuestion(db, id, version);
  if (!question) return undefined;
  const { area, item_code } = db
    .prepare<[string, string, number], { area: ParticipationArea | null; item_code: string | null }>(
      `SELECT (SELECT area FROM question_bank WHERE id = ?) AS area, item_code
       FROM questions WHERE id = ? AND version = ?`,
    )
    .get(id, id, version)!;
  return { ...question, area, itemCode: item_code };
}
