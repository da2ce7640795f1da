/**
 * The kiosk's question bank as reception edits it. A bank entry is a question id with its newest
 * version and what reception knows about it; older versions stay in the store, so answers given
 * to an old wording keep pointing at that wording.
 */
import { z } from 'zod';
import { daySchema, followUpsSchema, localizedTextSchema, questionSchema } from './domain.ts';
import { itemCodeSchema } from './item-code.ts';
import { participationAreas } from './participation-areas.ts';
import { scaleIds } from './scales.ts';
import { weekdays } from './weekdays.ts';

export const participationAreaSchema = z.enum(participationAreas);

/** What reception fills in for a new question or a change to one; the core gives it an id and a version. */
export const questionDraftSchema = z.strictObject({
  scale: z.enum(scaleIds),
  texts: localizedTextSchema,
  followUps: followUpsSchema,
  freeText: z.boolean(),
  /** THL's participation area this question speaks to; null where none fits. */
  area: participationAreaSchema.nullable(),
  /** Its code in a national or regional feedback set (e.g. THL's), or null where it has none. */
  itemCode: itemCodeSchema.nullable(),
});
export type QuestionDraft = z.infer<typeof questionDraftSchema>;

/** One place where the schedule asks a question today or later. */
export const scheduledUseSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('picked-today') }),
  z.strictObject({ kind: z.literal('default') }),
  z.strictObject({ kind: z.literal('weekday'), day: z.enum(weekdays) }),
  z.strictObject({ kind: z.literal('range'), from: daySchema, to: daySchema }),
]);
export type ScheduledUse = z.infer<typeof scheduledUseSchema>;

export const bankEntrySchema = z.strictObject({
  /** The newest version: what the kiosk asks when this question is on. */
  question: questionSchema,
  area: participationAreaSchema.nullable(),
  /**
   * The newest version's item code. It is part of the version as sealed, so every answer keeps
   * the code of the question it answered: a changed code gives a new version, wording unchanged.
   */
  itemCode: itemCodeSchema.nullable(),
  /**
   * Copied word for word from a source such as THL's national client-feedback set: its wording
   * can never be edited, only replaced by a new question.
   */
  verbatim: z.boolean(),
  /** Kept for the answers it has, but no longer offered for scheduling. */
  archived: z.boolean(),
  /** Where the schedule asks it today or later: while there is any, it cannot be archived. */
  scheduled: z.array(scheduledUseSchema),
});
export type BankEntry = z.infer<typeof bankEntrySchema>;
