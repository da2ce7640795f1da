/**
 * Schemas of the things both sides talk about. A stored response carries exactly the fields of
 * `responseSchema` and nothing else: no clock time, no device, no order (see ARCHITECTURE.md).
 */
import { z } from 'zod';
import { maxCommentLength } from './comment.ts';
import { scaleIds } from './scales.ts';

export const dayParts = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof dayParts)[number];

const nonEmptyText = z.string().trim().min(1).max(500);

export const localizedTextSchema = z.strictObject({
  fi: nonEmptyText,
  sv: nonEmptyText.optional(),
  en: nonEmptyText.optional(),
});

export const questionIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'a question id is 1–64 lowercase letters, digits and dashes');

export const questionSchema = z.strictObject({
  id: questionIdSchema,
  version: z.int().min(1),
  scale: z.enum(scaleIds),
  texts: localizedTextSchema,
});
export type Question = z.infer<typeof questionSchema>;

/** A calendar day as the kiosk's local clock saw it, YYYY-MM-DD. */
export const daySchema = z.iso.date();

export const responseSchema = z.strictObject({
  id: z.uuid(),
  questionId: questionIdSchema,
  questionVersion: z.int().min(1),
  value: z.int().min(-100).max(100),
  day: daySchema,
  dayPart: z.enum(dayParts),
  /** The hour, 0–23, only where the centre chose hourly time; otherwise null. */
  hour: z.int().min(0).max(23).nullable(),
  /** The client's own words, already scrubbed of personal data on the kiosk; null if none. */
  comment: z.string().min(1).max(maxCommentLength).nullable(),
});
export type StoredResponse = z.infer<typeof responseSchema>;
