/**
 * The social report a centre's manager hands to decision makers, the easy-language poster for the
 * notice board, and the words staff type into the report. Every figure in them is a dashboard
 * figure (shared/contract/staff-reading.ts), so the one small-cell rule has already applied.
 */
import { z } from 'zod';
import { localizedTextSchema } from '../domain.ts';
import { participationAreas } from '../participation-areas.ts';
import { scaleIds } from '../scales.ts';
import { reportTextLimit } from '../report-texts.ts';
import { type MethodDefinition } from './method.ts';
import { dashboardQuestionSchema, reportFilterSchema, reportPeriodSchema } from './staff-reading.ts';

const reportText = (what: string) =>
  z.string().max(reportTextLimit, `${what} can be at most ${reportTextLimit} characters`);

export const reportTextsSchema = z.strictObject({
  period: reportPeriodSchema,
  /** The client panel's own words, as staff typed them in after the panel met. */
  panelWords: reportText("the client panel's words"),
  /** What the centre changed after hearing its clients. */
  centreChanges: reportText('what the centre changed'),
});
export type ReportTexts = z.infer<typeof reportTextsSchema>;

/** The poster is easy Finnish (selkosuomi), Swedish or English: plain words for the notice board. */
export const posterLanguages = ['selko', 'sv', 'en'] as const;
export type PosterLanguage = (typeof posterLanguages)[number];

const countSchema = z.int().min(0).nullable();

export const socialReportSchema = z.strictObject({
  minCellSize: z.int(),
  filter: reportFilterSchema,
  range: z.strictObject({ from: z.string(), to: z.string() }).nullable(),
  /** The centres of the kiosks the report covers; null is a kiosk whose reception named no centre. */
  centres: z.array(z.string().nullable()),
  kiosks: z.array(z.string()),
  /** The questions by THL participation area, in the order own life, influencing, common good, none. */
  areas: z.array(
    z.strictObject({
      area: z.enum(participationAreas).nullable(),
      questions: z.array(dashboardQuestionSchema),
    }),
  ),
  /** The comments staff selected for the report, with the question they answered; nothing more of them. */
  comments: z.array(z.strictObject({ text: z.string(), question: localizedTextSchema })),
  /** Batches of the covered kiosks that never arrived: the answers in them are missing here. */
  gaps: z.array(
    z.strictObject({
      kioskId: z.string(),
      missing: z.array(z.strictObject({ from: z.int(), to: z.int() })),
    }),
  ),
  texts: reportTextsSchema,
});
export type SocialReport = z.infer<typeof socialReportSchema>;

export const posterSchema = z.strictObject({
  language: z.enum(posterLanguages),
  filter: reportFilterSchema,
  range: z.strictObject({ from: z.string(), to: z.string() }).nullable(),
  minCellSize: z.int(),
  /** At most three questions, those with the most answers; a hidden or small total is never one. */
  questions: z.array(
    z.strictObject({
      text: z.string(),
      scale: z.enum(scaleIds),
      total: z.int().min(0),
      cells: z.array(z.strictObject({ value: z.int(), count: countSchema })),
      /** True only for faces or agreement, when the shown cells alone prove more than half were positive. */
      mostPositive: z.boolean(),
    }),
  ),
});
export type Poster = z.infer<typeof posterSchema>;

export const staffSocialReportMethods = {
  'staff.reportTexts': {
    roles: ['staff'],
    input: z.strictObject({ period: reportPeriodSchema }),
    output: reportTextsSchema,
  },
  'staff.saveReportTexts': {
    roles: ['staff'],
    input: reportTextsSchema,
    output: reportTextsSchema,
  },
  'staff.socialReport': {
    roles: ['staff'],
    input: reportFilterSchema,
    output: socialReportSchema,
  },
  'staff.poster': {
    roles: ['staff'],
    input: z.strictObject({ filter: reportFilterSchema, language: z.enum(posterLanguages) }),
    output: posterSchema,
  },
} as const satisfies Record<string, MethodDefinition>;
