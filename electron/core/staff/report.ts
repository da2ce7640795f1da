import type { Database, Statement } from 'better-sqlite3';
import type { z } from 'zod';
import { defaultMinCellSize, suppressSmallCells } from '../../../shared/aggregate.ts';
import { questionSchema } from '../../../shared/domain.ts';
import type { Report } from '../../../shared/contract/index.ts';
import { scales } from '../../../shared/scales.ts';
import type { QuestionRow } from '../questions/question-row.ts';

type CountedQuestionRow = QuestionRow & { value: number; count: number };

/** What a report shows of a question. Its chips are not read: parsing them cost most of the report's time. */
const shownQuestionSchema = questionSchema.pick({ id: true, version: true, scale: true, texts: true });
type ShownQuestion = z.infer<typeof shownQuestionSchema>;

export type ReportOptions = {
  minCellSize?: number;
  /** Whether answers flagged as quick repeats (perhaps the same person tapping again) count. */
  includeRepeats?: boolean;
};

/**
 * Answers per question and value, with small cells suppressed. Every value of the scale gets a
 * cell, zero included, so a reader sees the whole scale and not only what was chosen.
 *
 * Only approved kiosks count (held batches wait outside every report), and only questions they
 * asked are listed, so a kiosk nobody approved cannot put its wording in front of staff either.
 * Each kiosk words its own questions: kiosks asking a version in the same words share one entry,
 * and a version another kiosk worded differently gets its own. The counts come from
 * answer_counts, kept as batches are stored, so the report does not read every answer.
 */
export function buildReport(
  db: Database,
  { minCellSize = defaultMinCellSize, includeRepeats = true }: ReportOptions = {},
): Report {
  const rows = countStatement(db).all(includeRepeats ? 1 : 0);

  // Texts are stored as the JSON of a parsed question, so equal wordings are equal strings; each
  // wording is parsed once, not once per value and kiosk.
  const entries = new Map<string, { question: ShownQuestion; countOf: Map<number, number> }>();
  for (const row of rows) {
    const key = JSON.stringify([row.id, row.version, row.scale, row.texts]);
    let entry = entries.get(key);
    if (!entry) entries.set(key, (entry = { question: shownQuestion(row), countOf: new Map() }));
    entry.countOf.set(row.value, (entry.countOf.get(row.value) ?? 0) + row.count);
  }

  return {
    minCellSize,
    questions: [...entries.values()].sort(byIdVersionAndWording).map(({ question, countOf }) => {
      const cells = scales[question.scale].values.map((value) => ({ value, count: countOf.get(value) ?? 0 }));
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

/** Prepared once per database: preparing it took a fifth of the report's time. */
const countStatements = new WeakMap<Database, Statement<[number], CountedQuestionRow>>();

function countStatement(db: Database): Statement<[number], CountedQuestionRow> {
  let statement = countStatements.get(db);
  if (!statement) {
    statement = db.prepare<[number], CountedQuestionRow>(
      `SELECT q.*, c.value, sum(CASE WHEN c.repeat = 0 OR ? THEN c.count ELSE 0 END) AS count
       FROM answer_counts c
       JOIN kiosks k ON k.kiosk_id = c.kiosk_id AND k.approved = 1
       JOIN questions q ON q.kiosk_id = c.kiosk_id AND q.id = c.question_id AND q.version = c.question_version
       GROUP BY c.kiosk_id, c.question_id, c.question_version, c.value`,
    );
    countStatements.set(db, statement);
  }
  return statement;
}

function shownQuestion({ id, version, scale, texts }: QuestionRow): ShownQuestion {
  return shownQuestionSchema.parse({ id, version, scale, texts: JSON.parse(texts) });
}

function byIdVersionAndWording(a: { question: ShownQuestion }, b: { question: ShownQuestion }): number {
  const [x, y] = [a.question, b.question];
  return x.id < y.id
    ? -1
    : x.id > y.id
      ? 1
      : x.version - y.version || x.texts.fi.localeCompare(y.texts.fi, 'fi');
}
