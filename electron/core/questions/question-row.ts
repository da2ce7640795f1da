import { questionSchema, type Question } from '../../../shared/domain.ts';

/** A question as both the kiosk and the staff databases store it: texts and chips as JSON. */
export type QuestionRow = {
  id: string;
  version: number;
  scale: string;
  texts: string;
  follow_ups: string;
  free_text: number;
};

/** The columns of a `QuestionRow`, for SELECT lists, so every reader gets the whole question. */
export const questionColumns = 'id, version, scale, texts, follow_ups, free_text';

export function questionFromRow(row: QuestionRow): Question {
  return questionSchema.parse({
    id: row.id,
    version: row.version,
    scale: row.scale,
    texts: JSON.parse(row.texts),
    followUps: JSON.parse(row.follow_ups),
    freeText: row.free_text === 1,
  });
}

/** The row values in `questionColumns` order. */
export function questionToRow(question: Question): unknown[] {
  return [
    question.id,
    question.version,
    question.scale,
    JSON.stringify(question.texts),
    JSON.stringify(question.followUps),
    question.freeText ? 1 : 0,
  ];
}
