/**
 * Which question the kiosk asks on a day: a question picked at reception for today, else a date
 * range that covers the day, else the weekday's question, else the default.
 */
import { z } from 'zod';
import { rangesOverlap } from './date-ranges.ts';
import { daySchema, questionIdSchema } from './domain.ts';
import { weekdays } from './weekdays.ts';

const dateRangeSchema = z
  .strictObject({ from: daySchema, to: daySchema, questionId: questionIdSchema })
  .refine((range) => range.from <= range.to, {
    message: 'a date range must not end before it starts',
    path: ['to'],
  });
export type DateRange = z.infer<typeof dateRangeSchema>;

/** The plan reception makes; both ends of a range are included, and ranges never overlap. */
export const schedulePlanSchema = z.strictObject({
  defaultQuestionId: questionIdSchema,
  weekdays: z.partialRecord(z.enum(weekdays), questionIdSchema),
  ranges: z
    .array(dateRangeSchema)
    .max(100)
    .superRefine((ranges, context) => {
      const sorted = ranges.toSorted((a, b) => a.from.localeCompare(b.from));
      for (let i = 1; i < sorted.length; i++) {
        const [before, after] = [sorted[i - 1]!, sorted[i]!];
        if (rangesOverlap(before, after)) {
          context.addIssue({
            code: 'custom',
            message: `the date ranges ${before.from}–${before.to} and ${after.from}–${after.to} overlap`,
          });
        }
      }
    }),
});
export type SchedulePlan = z.infer<typeof schedulePlanSchema>;

/** Why a question is on today, so the admin view can say it. */
export const scheduleReasons = ['picked', 'range', 'weekday', 'default'] as const;
export type ScheduleReason = (typeof scheduleReasons)[number];

export const scheduleSchema = schedulePlanSchema.extend({
  /** "Ask this now" at reception: wins for the rest of that day, and becomes the default too. */
  pickedToday: z.strictObject({ day: daySchema, questionId: questionIdSchema }).nullable(),
});
export type Schedule = z.infer<typeof scheduleSchema>;
