import type { Database } from 'better-sqlite3';
import { defaultMinCellSize, suppressSmallCells } from '../../../shared/aggregate.ts';
import type { Report } from '../../../shared/contract.ts';
import { scales } from '../../../shared/scales.ts';
import { questionColumns, questionFromRow, type QuestionRow } from '../questions/question-row.ts';

type CountRow = { question_id: string; question_version: number; value: number; count: number };

export type ReportOptions = {
  minCellSize?: number;
  /** Whether answers flagged as quick repeats (perhaps the same person tapping again) count. */
  includeRepeats?: boolean;
};

/** Answers that count: those from kiosks staff approved. Held batches wait outside every report. */
const countedResponses = 'responses JOIN kiosks ON kiosks.kiosk_id = responses.kiosk_id AND kiosks.approved = 1';

/**
 * Answers per question and value, with small cells suppressed. Every value of the scale gets a
 * cell, zero included, so a reader sees the whole scale and not only what was chosen. Only
 * approved kiosks count, and only questions they asked are listed, so a kiosk nobody approved
 * cannot put its wording in front of staff either.
 */
export function buildReport(db: Database, { minCellSize = defaultMinCellSize, includeRepeats = true }: ReportOptions = {}): Report {
  const questions = db
    .prepare<[], QuestionRow>(
      `SELECT ${questionColumns} FROM questions
       WHERE EXISTS (SELECT 1 FROM ${countedResponses} WHERE question_id = questions.id AND question_version = questions.version)
       ORDER BY id, version`,
    )
    .all()
    .map(questionFromRow);
  const counts = db
    .prepare<[number], CountRow>(
      `SELECT question_id, question_version, value, count(*) AS count
       FROM ${countedResponses} WHERE repeat = 0 OR ? GROUP BY question_id, question_version, value`,
    )
    .all(includeRepeats ? 1 : 0);
  const countOf = new Map(counts.map((row) => [`${row.question_id}@${row.question_version}#${row.value}`, row.count]));

  return {
    minCellSize,
    questions: questions.map((question) => {
      const cells = scales[question.scale].values.map((value) => ({
        value,
        count: countOf.get(`${question.id}@${question.version}#${value}`) ?? 0,
      }));
      return {
        questionId: question.id,
        questionVersion: question.version,
        scale: question.scale,
        texts: question.texts,
        ...suppressSmallCells(cells, minCellSize),
      };
    }),
  };
}
