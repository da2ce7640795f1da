import { z } from 'zod';
import { writeFileDurably } from '../core/fs/write-file-durably.ts';
import { buildDashboard } from '../core/staff/reading/dashboard.ts';
import { buildPoster } from '../core/staff/social-report/poster.ts';
import { aggregatesCsv } from '../core/staff/exports/aggregates-csv.ts';
import { defineCommand } from './command.ts';
import { choiceFlag, dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';
import { pageLanguages, printReportPdf } from './report-pdf.ts';
import {
  reportFilterFlags,
  reportFilterOptions,
  reportRequestOf,
  type ReportRequest,
} from './report-filter-flags.ts';

const formats = ['json', 'csv', 'pdf'] as const;

export const staffReport = defineCommand({
  name: 'staff report',
  summary:
    'Print the answers per question and value (json, csv), or the social report or easy-language poster as a PDF. Counts under 5 (or the k staff set) are hidden so no one can be singled out.',
  options: {
    data: dataOption,
    ...reportFilterOptions,
    format: { type: 'string', value: formats.join('|'), description: 'output format (default json)' },
    out: { type: 'string', value: 'FILE', description: 'write to FILE (required for pdf; default stdout)' },
    poster: {
      type: 'boolean',
      description: 'the easy-language poster for the notice board instead of the report (pdf or json)',
    },
    'page-language': {
      type: 'string',
      value: pageLanguages.join('|'),
      description: 'the language of the PDF (default fi; the poster in fi is in easy Finnish)',
    },
    'without-repeats': {
      type: 'boolean',
      description: 'no longer needed: repeats are left out unless --include-repeats is given',
    },
  },
  schema: z
    .object({
      data: requiredPath('data'),
      ...reportFilterFlags,
      format: choiceFlag('format', formats).default('json'),
      out: requiredPath('out').optional(),
      poster: z.boolean().default(false),
      'page-language': choiceFlag('page-language', pageLanguages).default('fi'),
      'without-repeats': z
        .boolean()
        .refine(
          (given) => !given,
          '--without-repeats is gone: quick repeats are now left out by default; give --include-repeats to count them',
        )
        .optional(),
    })
    .transform((flags, context) => {
      const problem = (message: string) => {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      };
      const request = reportRequestOf(flags, context);
      if (request === z.NEVER) return z.NEVER;
      if (flags.format === 'pdf' && flags.out === undefined)
        return problem('--format pdf needs --out FILE: a PDF is not written to the terminal');
      if (flags.poster && flags.format === 'csv') return problem('--poster is a pdf or json, not csv');
      if ((flags.format === 'pdf' || flags.poster) && request.places.length > 1)
        return problem('a PDF or poster covers one place: give one --kiosk, or --centre');
      if ((flags.format === 'pdf' || flags.poster) && request.questionId !== null)
        return problem(
          '--question is for the json and csv of the dashboard; a PDF or poster shows every question',
        );
      return { ...flags, request };
    }),
  async run({ data, format, out, poster, 'page-language': pageLanguage, request }) {
    if (format === 'pdf') {
      await printReportPdf({ dataDir: data, filter: request.filter, poster, pageLanguage, out: out! });
      process.stdout.write(`Wrote ${poster ? 'the poster' : 'the social report'} to ${out}\n`);
      return;
    }
    const text = await withStaff(data, true, (staff) => {
      if (poster)
        return json(buildPoster(staff.db, request.filter, pageLanguage === 'fi' ? 'selko' : pageLanguage));
      const dashboards = dashboardsOf(request, (filter) => buildDashboard(staff.db, filter));
      if (format === 'csv') return aggregatesCsv(dashboards);
      return json(dashboards.length === 1 ? dashboards[0] : dashboards);
    });
    if (out === undefined) process.stdout.write(text);
    else await writeOut(out, text);
  },
});

/** One dashboard per place asked for (kiosks side by side), each cut down to --question if given. */
function dashboardsOf<D extends { questions: { questionId: string }[] }>(
  { filter, places, questionId }: ReportRequest,
  build: (filter: ReportRequest['filter']) => D,
): D[] {
  return places.map((place) => {
    const dashboard = build({ ...filter, place });
    return questionId === null
      ? dashboard
      : { ...dashboard, questions: dashboard.questions.filter((q) => q.questionId === questionId) };
  });
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

const writeOut = (out: string, text: string) => writeFileDurably(out, new TextEncoder().encode(text));
