import { questionSchema, type Question } from '../../../shared/domain.ts';

/** A question as both the kiosk and the staff databases store it: texts as JSON. */
export type QuestionRow = { id: string; version: number; scale: string; texts: string };

export function questionFromRow(row: QuestionRow): Question {
  return questionSchema.parse({ id: row.id, version: row.version, scale: row.scale, texts: JSON.parse(row.texts) });
}
