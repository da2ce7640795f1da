/**
 * What the change log keeps of a change to the question bank or the schedule. The core writes it
 * as JSON in the entry's detail, so the admin view can word it in reception's language; entries
 * an older version wrote in English words are shown as they are.
 */
import { z } from 'zod';
import { questionIdSchema } from './domain.ts';
import { participationAreaSchema } from './question-bank.ts';
import { schedulePlanSchema } from './schedule.ts';

export const questionChangeSchema = z.discriminatedUnion('event', [
  z.strictObject({ event: z.literal('added'), questionId: questionIdSchema, verbatim: z.boolean() }),
  /** `version` when the wording changed (the new version), `area` when the area did (null: none). */
  z.strictObject({
    event: z.literal('edited'),
    questionId: questionIdSchema,
    version: z.int().positive().optional(),
    area: participationAreaSchema.nullable().optional(),
  }),
  z.strictObject({ event: z.enum(['archived', 'unarchived']), questionId: questionIdSchema }),
]);
export type QuestionChange = z.infer<typeof questionChangeSchema>;

export const scheduleChangeSchema = z.discriminatedUnion('event', [
  z.strictObject({ event: z.literal('plan'), plan: schedulePlanSchema }),
  z.strictObject({ event: z.literal('asked-now'), questionId: questionIdSchema }),
]);
export type ScheduleChange = z.infer<typeof scheduleChangeSchema>;
