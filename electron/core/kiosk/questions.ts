import type { Database } from 'better-sqlite3';
import type { Question } from '../../../shared/domain.ts';
import { AppError } from '../errors.ts';
import { questionColumns, questionFromRow, type QuestionRow } from '../questions/question-row.ts';
import { defaultQuestionId } from './default-question.ts';

/** The question on screen now: the newest wording of the kiosk's question. */
export function currentQuestion(db: Database): Question {
  const row = db
    .prepare<[string], QuestionRow>(`SELECT ${questionColumns} FROM questions WHERE id = ? ORDER BY version DESC LIMIT 1`)
    .get(defaultQuestionId);
  if (!row) throw new AppError('not_ready', 'This kiosk has no question to ask yet.');
  return questionFromRow(row);
}

/** One version of a question, or undefined if the kiosk never had it. */
export function findQuestion(db: Database, id: string, version: number): Question | undefined {
  const row = db.prepare<[string, number], QuestionRow>(`SELECT ${questionColumns} FROM questions WHERE id = ? AND version = ?`).get(id, version);
  return row && questionFromRow(row);
}
