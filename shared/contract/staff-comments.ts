/**
 * Clients' comments as staff read them, and what staff decide about each: hide it from reports,
 * flag it for follow-up, or select it for the social report. A comment carries only the ISO week
 * it was given in, never the day or the hour, and is listed only where its question has at
 * least k answers under the filter (shared/small-cells/threshold.ts), in a fresh random order.
 */
import { z } from 'zod';
import { localizedTextSchema, questionIdSchema } from '../domain.ts';
import { itemCodeSchema } from '../item-code.ts';
import { scaleIds } from '../scales.ts';
import { maxMinCellSize, minMinCellSize } from '../small-cells/threshold.ts';
import {
  commentDecisionKinds,
  commentShows,
  decisionsNeedingDecidedBy,
  maxCommentSearchLength,
  maxDecidedByLength,
  maxDecisionReasonLength,
} from '../comment-decisions.ts';
import { noInput, type MethodDefinition } from './method.ts';
import { reportFilterSchema } from './staff-reading.ts';

export const commentQuerySchema = reportFilterSchema.extend({
  /** Words the comment contains, case and accents aside (å, ä and ö stay letters of their own). */
  search: z.string().max(maxCommentSearchLength, `search for at most ${maxCommentSearchLength} characters`),
  show: z.enum(commentShows),
});
export type CommentQuery = z.infer<typeof commentQuerySchema>;

const commentStateSchema = z.strictObject({
  commentId: z.uuid(),
  hidden: z.boolean(),
  flagged: z.boolean(),
  selected: z.boolean(),
});
export type CommentState = z.infer<typeof commentStateSchema>;

export const listedCommentSchema = z.strictObject({
  ...commentStateSchema.shape,
  text: z.string(),
  questionId: questionIdSchema,
  questionVersion: z.int().min(1),
  texts: localizedTextSchema,
  itemCode: itemCodeSchema.nullable(),
  scale: z.enum(scaleIds),
  value: z.int(),
  /** The ISO week the answer was given in: the finest time a comment shows. */
  week: z.strictObject({ year: z.int(), week: z.int().min(1).max(53) }),
});
export type ListedComment = z.infer<typeof listedCommentSchema>;

export const commentListingSchema = z.strictObject({
  minCellSize: z.int().min(minMinCellSize).max(maxMinCellSize),
  comments: z.array(listedCommentSchema),
  /** Wordings with answers under the filter, but fewer than k: none of their comments is listed. */
  heldBackWordings: z.int().min(0),
  /** How many comments match: all of them are in `comments`. */
  total: z.int().min(0),
});
export type CommentListing = z.infer<typeof commentListingSchema>;

const decidedBy = z
  .string()
  .trim()
  .max(maxDecidedByLength, `"decided by" takes at most ${maxDecidedByLength} characters`);

export const commentDecisionSchema = z
  .strictObject({
    commentId: z.uuid('not a comment id'),
    decision: z.enum(commentDecisionKinds),
    /** Who decided: a name, "asiakasraati", "tiimipalaveri 3.12.". */
    decidedBy: decidedBy.default(''),
    reason: z
      .string()
      .trim()
      .max(maxDecisionReasonLength, `a reason takes at most ${maxDecisionReasonLength} characters`)
      .optional(),
  })
  .superRefine((input, context) => {
    if (decisionsNeedingDecidedBy.includes(input.decision) && input.decidedBy === '') {
      context.addIssue({
        code: 'custom',
        path: ['decidedBy'],
        message: 'say who decided to hide or unhide the comment (a name, or a meeting and its day)',
      });
    }
  });
export type CommentDecision = z.output<typeof commentDecisionSchema>;

export const changeLogEntrySchema = z.strictObject({
  /** The staff PC's minute, local time: YYYY-MM-DD HH:MM. */
  at: z.string(),
  action: z.enum(commentDecisionKinds),
  commentId: z.string(),
  decidedBy: z.string().nullable(),
  reason: z.string().nullable(),
});
export type ChangeLogEntry = z.infer<typeof changeLogEntrySchema>;

export const staffCommentMethods = {
  'staff.comments': {
    roles: ['staff'],
    input: commentQuerySchema,
    output: commentListingSchema,
  },
  'staff.decideComment': {
    roles: ['staff'],
    // Logged with who decided; nothing is deleted. An unknown id changes nothing.
    input: commentDecisionSchema,
    output: commentStateSchema,
  },
  'staff.changeLog': {
    roles: ['staff'],
    // Newest first.
    input: noInput,
    output: z.strictObject({ entries: z.array(changeLogEntrySchema) }),
  },
} as const satisfies Record<string, MethodDefinition>;
