import type { Database } from 'better-sqlite3';
import type { Question } from '../../../shared/domain.ts';
import { AppError } from '../errors.ts';
import { questionFromRow, type QuestionRow } from '../questions/question-row.ts';
import { defaultQuestion } from './default-question.ts';

/** The question on screen now: the newest wording of the kiosk's question. */
export function currentQuestion(db: Database): Question {
  const row = db
    .prepare('SELECT id, version, scale, texts FROM questions WHERE id = ? ORDER BY version DESC LIMIT 1')
    .get(defaultQuestion.id) as QuestionRow | undefined;
  if (!row) throw new AppError('not_ready', 'This kiosk has no question to ask yet.');
  return questionFromRow(row);
}
