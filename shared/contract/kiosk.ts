import { z } from 'zod';
import { maxCommentLength } from '../comment.ts';
import { chipSchema, questionIdSchema, questionSchema } from '../domain.ts';
import { kioskSettingsSchema } from '../kiosk-settings.ts';
import { languages } from '../languages.ts';
import { weekdays } from '../weekdays.ts';
import { noInput, type MethodDefinition } from './method.ts';

/** What the client's screen calls: today's question, the answer and its additions, the screen's settings. */
export const kioskMethods = {
  'kiosk.today': {
    roles: ['kiosk'],
    input: noInput,
    // Today's question while the kiosk is open; outside opening hours, when it opens next.
    output: z.discriminatedUnion('open', [
      z.strictObject({ open: z.literal(true), question: questionSchema }),
      z.strictObject({
        open: z.literal(false),
        opensNext: z.strictObject({ weekday: z.enum(weekdays), time: z.string() }).nullable(),
      }),
    ]),
  },
  'kiosk.submitResponse': {
    roles: ['kiosk'],
    input: z.strictObject({
      questionId: questionIdSchema,
      questionVersion: z.int().min(1),
      value: z.int(),
      /** The screen's judgement that this tap came right after the previous person's thank-you. */
      repeat: z.boolean().default(false),
      /**
       * The language the screen was in when the client answered: one of four, never anything
       * finer. Left out where the caller does not know it, and then stored as unknown.
       */
      language: z.enum(languages).nullable().optional(),
    }),
    output: z.strictObject({ responseId: z.uuid() }),
  },
  'kiosk.addFollowUp': {
    roles: ['kiosk'],
    // Amends the answer saved at the first tap with one of the question's follow-up chips.
    input: z.strictObject({ responseId: z.uuid(), followUpId: chipSchema.shape.id }),
    output: noInput,
  },
  'kiosk.changeAnswer': {
    roles: ['kiosk'],
    // The client went back from the follow-up or comment step to tap another answer: the answer
    // saved at the first tap takes the new value (and loses a follow-up chosen for the old one).
    input: z.strictObject({ responseId: z.uuid(), value: z.int() }),
    output: noInput,
  },
  'kiosk.display': {
    roles: ['kiosk'],
    input: noInput,
    // What the client's screen needs to behave as the centre set it; nothing about answers.
    output: kioskSettingsSchema.pick({
      thankYouSeconds: true,
      idleSeconds: true,
      repeatWindowSeconds: true,
      languages: true,
      crisisLines: true,
      centreContact: true,
    }),
  },
  'kiosk.exportNotice': {
    roles: ['kiosk'],
    input: noInput,
    // An automatic export to a stick staff prepared needs no PIN, so the client's screen says
    // how it goes and when the stick may be pulled out: batch counts only, nothing else.
    output: z.discriminatedUnion('state', [
      z.strictObject({ state: z.literal('idle') }),
      z.strictObject({ state: z.literal('exporting'), written: z.int().min(0), total: z.int().min(0) }),
      z.strictObject({ state: z.literal('done') }),
      z.strictObject({ state: z.literal('failed') }),
    ]),
  },
  'kiosk.addComment': {
    roles: ['kiosk'],
    // Amends the answer saved at the first tap; the kiosk scrubs the text before storing it.
    input: z.strictObject({ responseId: z.uuid(), text: z.string().max(maxCommentLength) }),
    output: z.strictObject({
      stored: z.string(),
      removed: z.array(z.enum(['identity-code', 'phone', 'email', 'iban'])),
    }),
  },
} as const satisfies Record<string, MethodDefinition>;
