import type { Database } from 'better-sqlite3';
import { questionSchema, type Question } from '../../../shared/domain.ts';
import { AppError } from '../errors.ts';
import {
  questionColumns,
  questionFromRow,
  questionToRow,
  type QuestionRow,
} from '../questions/question-row.ts';
import { describeIssues } from '../schema-errors.ts';

/** The newest wording of a question: what the kiosk asks when that question is on. */
export function newestQuestion(db: Database, id: string): Question {
  const row = db
    .prepare<[string], QuestionRow>(
      `SELECT ${questionColumns} FROM questions WHERE id = ? ORDER BY version DESC LIMIT 1`,
    )
    .get(id);
  if (!row) throw new AppError('not_ready', `This kiosk has no question "${id}" to ask.`);
  return questionFromRow(row);
}

/** One version of a question, or undefined if the kiosk never had it. */
export function findQuestion(db: Database, id: string, version: number): Question | undefined {
  const row = db
    .prepare<[string, number], QuestionRow>(
      `SELECT ${questionColumns} FROM questions WHERE id = ? AND version = ?`,
    )
    .get(id, version);
  return row && questionFromRow(row);
}

/**
 * Puts a question on the kiosk as a new version of its id, to be asked from now on. A version is
 * never overwritten: answers to the old wording keep pointing at the old wording. `itemCode` is
 * the version's code in a national feedback set, sealed with it (sealed-question.ts).
 */
export function addQuestionVersion(db: Database, question: Question, itemCode: string | null = null): void {
  const parsed = questionSchema.safeParse(question);
  if (!parsed.success)
    throw new AppError('bad_request', `Question not added: ${describeIssues(parsed.error)}.`);
  const newest = db
    .prepare<[string], { version: number }>('SELECT max(version) AS version FROM questions WHERE id = ?')
    .get(question.id);
  if (newest?.version != null && question.version <= newest.version) {
    throw new AppError(
      'conflict',
      `Question ${question.id} already has version ${newest.version}; a change needs version ${newest.version + 1}.`,
    );
  }
  db.prepare(`INSERT INTO questions (${questionColumns}, item_code) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    ...questionToRow(parsed.data),
    itemCode,
  );
}
