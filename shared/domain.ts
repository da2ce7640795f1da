/**
 * Schemas of the things both sides talk about. A stored response carries exactly the fields of
 * `responseSchema` and nothing else: no clock time, no device, no order (see ARCHITECTURE.md).
 */
import { z } from 'zod';
import { maxCommentLength } from './comment.ts';
import { maxFollowUpsPerTone, maxQuestionTextLength } from './question-limits.ts';
import { scaleIds } from './scales.ts';

export const dayParts = ['morning', 'afternoon', 'evening'] as const;
export type DayPart = (typeof dayParts)[number];

const nonEmptyText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(maxQuestionTextLength, `must be at most ${maxQuestionTextLength} characters`);

export const localizedTextSchema = z.strictObject({
  fi: nonEmptyText,
  sv: nonEmptyText.optional(),
  en: nonEmptyText.optional(),
  selko: nonEmptyText.optional(),
});

const slug = (what: string) =>
  z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, `a ${what} is 1–64 lowercase letters, digits and dashes`);

/** A follow-up choice after an answer, e.g. "the staff listened". */
export const chipSchema = z.strictObject({
  id: slug('follow-up id'),
  texts: localizedTextSchema,
  /** A pictogram from the kiosk's bundled set (renderer/pictograms), drawn beside the text. */
  pictogram: slug('pictogram name').optional(),
});
export type Chip = z.infer<typeof chipSchema>;

/** Chips offered after a positive answer and after a negative one; a neutral answer gets none. */
export const followUpsSchema = z
  .strictObject({
    positive: z.array(chipSchema).max(maxFollowUpsPerTone),
    negative: z.array(chipSchema).max(maxFollowUpsPerTone),
  })
  .refine(
    (followUps) =>
      new Set([...followUps.positive, ...followUps.negative].map((chip) => chip.id)).size ===
      followUps.positive.length + followUps.negative.length,
    'each follow-up of a question needs its own id',
  );
export type FollowUps = z.infer<typeof followUpsSchema>;
export const noFollowUps: FollowUps = { positive: [], negative: [] };

export const questionIdSchema = slug('question id');

export const questionSchema = z.strictObject({
  id: questionIdSchema,
  version: z.int().min(1),
  scale: z.enum(scaleIds),
  texts: localizedTextSchema,
  followUps: followUpsSchema,
  /** Whether the client is offered a few words of their own after answering. */
  freeText: z.boolean(),
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
  /** The follow-up the client chose, by its id in the question; null if none. */
  followUp: chipSchema.shape.id.nullable(),
  /**
   * Given within moments of the previous answer (the kiosk's repeat window): perhaps the same
   * person tapping again. Kept, never dropped, so staff can count such answers in or out.
   */
  repeat: z.boolean(),
});
export type StoredResponse = z.infer<typeof responseSchema>;
