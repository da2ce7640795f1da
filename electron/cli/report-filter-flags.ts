import { z } from 'zod';
import type { ReportFilter, ReportPlace } from '../../shared/contract/staff-reading.ts';
import { questionIdSchema } from '../../shared/domain.ts';
import { readKioskCode } from '../../shared/kiosk-code.ts';
import { languages } from '../../shared/languages.ts';
import { periodFromDays } from '../../shared/report-period.ts';
import type { OptionSpec } from './command.ts';
import { choiceFlag } from './flags.ts';

/**
 * The filters `staff report` and `staff comments` share, as the dashboard offers them: a whole
 * month, quarter or year (shared/report-period.ts says why nothing in between), kiosks or a
 * centre, the language answered in, one question, and repeats left out unless asked for.
 */
export const reportFilterOptions = {
  from: {
    type: 'string',
    value: 'YYYY-MM-DD',
    description: 'first day of a month, quarter or year (default: all time)',
  },
  to: { type: 'string', value: 'YYYY-MM-DD', description: 'last day of the same month, quarter or year' },
  kiosk: {
    type: 'string',
    value: 'CODE',
    description: "only this kiosk's answers; several are shown side by side",
    multiple: true,
  },
  centre: { type: 'string', value: 'NAME', description: 'only the kiosks of this centre' },
  language: {
    type: 'string',
    value: languages.join('|'),
    description: 'only answers given in this language',
  },
  question: { type: 'string', value: 'ID', description: "only this question's wordings" },
  'include-repeats': {
    type: 'boolean',
    description: 'count quick repeats too (perhaps the same person again); left out by default',
  },
} as const satisfies Record<string, OptionSpec>;

export const reportFilterFlags = {
  from: z.string().optional(),
  to: z.string().optional(),
  kiosk: z.array(z.string()).default([]),
  centre: z.string().min(1, '--centre must not be empty').max(200).optional(),
  language: choiceFlag('language', languages).optional(),
  question: z
    .string()
    .refine(
      (id) => questionIdSchema.safeParse(id).success,
      'a question id is 1–64 lowercase letters, digits and dashes',
    )
    .optional(),
  'include-repeats': z.boolean().default(false),
};

type FilterFlags = z.output<z.ZodObject<typeof reportFilterFlags>>;

/** What the flags ask for: one filter, the places to show (one, or kiosks side by side), and a question. */
export type ReportRequest = { filter: ReportFilter; places: ReportPlace[]; questionId: string | null };

/** Reads the flags into a request, or adds an issue naming the flag that was wrong. */
export function reportRequestOf(
  flags: FilterFlags,
  context: z.RefinementCtx,
): ReportRequest | typeof z.NEVER {
  const problem = (message: string) => {
    context.addIssue({ code: 'custom', message });
    return z.NEVER;
  };
  if ((flags.from === undefined) !== (flags.to === undefined)) {
    return problem('--from and --to go together: give both, or neither for all time');
  }
  let period: ReportFilter['period'] = { kind: 'all' };
  if (flags.from !== undefined && flags.to !== undefined) {
    const reading = periodFromDays(flags.from, flags.to);
    if (!reading.ok) return problem(reading.problem);
    period = reading.period;
  }
  if (flags.kiosk.length > 0 && flags.centre !== undefined) {
    return problem('give --kiosk or --centre, not both: a kiosk already belongs to its centre');
  }
  const kioskIds: string[] = [];
  for (const typed of flags.kiosk) {
    const reading = readKioskCode(typed);
    if (!reading.ok) return problem(`--kiosk ${typed}: ${reading.problem}`);
    if (kioskIds.includes(reading.kioskId))
      return problem(`--kiosk ${typed} is given twice; give each kiosk once`);
    kioskIds.push(reading.kioskId);
  }
  const place: ReportPlace =
    flags.centre !== undefined
      ? { kind: 'centre', centre: flags.centre }
      : kioskIds.length === 1
        ? { kind: 'kiosk', kioskId: kioskIds[0]! }
        : { kind: 'all' };
  const filter: ReportFilter = {
    period,
    place,
    language: flags.language ?? 'all',
    includeRepeats: flags['include-repeats'],
  };
  const places: ReportPlace[] =
    kioskIds.length > 1 ? kioskIds.map((kioskId) => ({ kind: 'kiosk', kioskId })) : [place];
  return { filter, places, questionId: flags.question ?? null };
}
