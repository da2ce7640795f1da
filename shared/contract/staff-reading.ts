/**
 * What staff read: the dashboard of every question asked, for one period, place, language and
 * choice about repeats. Every count in it has passed the small-cell rule (shared/small-cells):
 * `null` means "fewer than k, or hidden so that another figure cannot reveal one".
 */
import { z } from 'zod';
import { daySchema, localizedTextSchema, questionIdSchema } from '../domain.ts';
import { itemCodeSchema } from '../item-code.ts';
import { languages } from '../languages.ts';
import { participationAreas } from '../participation-areas.ts';
import { firstReportYear, lastReportYear } from '../report-period.ts';
import { scaleIds } from '../scales.ts';
import { maxMinCellSize, minMinCellSize } from '../small-cells/threshold.ts';
import { noInput, type MethodDefinition } from './method.ts';

const year = z.int().min(firstReportYear).max(lastReportYear);

export const reportPeriodSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('year'), year }),
  z.strictObject({ kind: z.literal('quarter'), year, quarter: z.int().min(1).max(4) }),
  z.strictObject({ kind: z.literal('month'), year, month: z.int().min(1).max(12) }),
]);

/** All kiosks, the kiosks of one centre (null: kiosks whose reception set no centre), or one kiosk. */
export const reportPlaceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('centre'), centre: z.string().min(1).max(200).nullable() }),
  z.strictObject({ kind: z.literal('kiosk'), kioskId: z.string().min(1).max(64) }),
]);
export type ReportPlace = z.infer<typeof reportPlaceSchema>;

export const reportFilterSchema = z.strictObject({
  period: reportPeriodSchema,
  place: reportPlaceSchema,
  /** The language the client answered in; answers from kiosks too old to say count only under 'all'. */
  language: z.enum(['all', ...languages]),
  /** Quick repeats (perhaps the same person tapping again) are left out unless asked for. */
  includeRepeats: z.boolean(),
});
export type ReportFilter = z.infer<typeof reportFilterSchema>;

const suppressibleCount = z.int().min(0).nullable();

/** One set of counts: the total and a cell per value of the scale, zero included. */
export const figureSchema = z.strictObject({
  total: suppressibleCount,
  cells: z.array(z.strictObject({ value: z.int(), count: suppressibleCount })),
});
export type Figure = z.infer<typeof figureSchema>;

export const dashboardQuestionSchema = z.strictObject({
  /** Names this wording among all those stored: a question id and version may be worded differently by two kiosks. */
  wording: z.string(),
  questionId: questionIdSchema,
  questionVersion: z.int().min(1),
  scale: z.enum(scaleIds),
  texts: localizedTextSchema,
  area: z.enum(participationAreas).nullable(),
  itemCode: itemCodeSchema.nullable(),
  ...figureSchema.shape,
  trend: z.strictObject({
    unit: z.enum(['week', 'month']),
    points: z.array(z.strictObject({ from: daySchema, to: daySchema, ...figureSchema.shape })),
  }),
  /** The parts of the place side by side (centres, or a centre's kiosks); empty for one kiosk. */
  comparison: z.array(z.strictObject({ place: reportPlaceSchema, ...figureSchema.shape })),
});
export type DashboardQuestion = z.infer<typeof dashboardQuestionSchema>;

/** What the filters can offer: the years with answers, the centres and their kiosks. */
export const reportChoicesSchema = z.strictObject({
  years: z.array(year),
  centres: z.array(z.strictObject({ centre: z.string().nullable(), kiosks: z.array(z.string()) })),
});
export type ReportChoices = z.infer<typeof reportChoicesSchema>;

export const dashboardSchema = z.strictObject({
  minCellSize: z.int().min(minMinCellSize).max(maxMinCellSize),
  filter: reportFilterSchema,
  /** The first and last day covered; null for all time. */
  range: z.strictObject({ from: daySchema, to: daySchema }).nullable(),
  questions: z.array(dashboardQuestionSchema),
  choices: reportChoicesSchema,
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const staffReadingMethods = {
  'staff.dashboard': {
    roles: ['staff'],
    input: reportFilterSchema,
    output: dashboardSchema,
  },
  'staff.reportChoices': {
    roles: ['staff'],
    // The filters' choices alone, for screens that filter something other than the dashboard.
    input: noInput,
    output: reportChoicesSchema,
  },
  'staff.readingSettings': {
    roles: ['staff'],
    input: noInput,
    output: z.strictObject({ minCellSize: z.int() }),
  },
  'staff.setMinCellSize': {
    roles: ['staff'],
    // The threshold k of the small-cell rule. Never below 3: a count of 1 or 2 can single someone out.
    input: z.strictObject({
      minCellSize: z
        .int()
        .min(minMinCellSize, `the smallest count shown can be no lower than ${minMinCellSize}`)
        .max(maxMinCellSize, `the smallest count shown can be at most ${maxMinCellSize}`),
    }),
    output: z.strictObject({ minCellSize: z.int() }),
  },
} as const satisfies Record<string, MethodDefinition>;
