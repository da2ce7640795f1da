import { z } from 'zod';
import { commentShows, maxCommentSearchLength } from '../../shared/comment-decisions.ts';
import { listComments } from '../core/staff/comments/list-comments.ts';
import { commentsToCsv } from '../core/staff/comments/comments-csv.ts';
import { defineCommand } from './command.ts';
import { choiceFlag, dataOption, requiredPath } from './flags.ts';
import { withStaff } from './open-data.ts';
import { reportFilterFlags, reportFilterOptions, reportRequestOf } from './report-filter-flags.ts';

export const staffComments = defineCommand({
  name: 'staff comments',
  summary:
    "Print clients' comments in a random order, with their question, answer and week. A question answered fewer than 5 times (or the k staff set) under the filters shows none.",
  options: {
    data: dataOption,
    ...reportFilterOptions,
    search: { type: 'string', value: 'TEXT', description: 'only comments containing these words' },
    show: {
      type: 'string',
      value: commentShows.join('|'),
      description: 'all but hidden (default), flagged, selected for the report, or hidden',
    },
    format: { type: 'string', value: 'json|csv', description: 'output format (default json)' },
  },
  schema: z
    .object({
      data: requiredPath('data'),
      ...reportFilterFlags,
      search: z
        .string()
        .max(maxCommentSearchLength, `--search takes at most ${maxCommentSearchLength} characters`)
        .default(''),
      show: choiceFlag('show', commentShows).default('all'),
      format: choiceFlag('format', ['json', 'csv']).default('json'),
    })
    .transform((flags, context) => {
      const request = reportRequestOf(flags, context);
      if (request === z.NEVER) return z.NEVER;
      if (request.places.length > 1) {
        context.addIssue({
          code: 'custom',
          message: 'comments are listed for one place: give one --kiosk, or --centre',
        });
        return z.NEVER;
      }
      return { ...flags, request };
    }),
  async run({ data, search, show, format, request }) {
    const listing = await withStaff(data, true, (staff) =>
      listComments(staff.db, { ...request.filter, search, show }, request.questionId),
    );
    process.stdout.write(format === 'csv' ? commentsToCsv(listing) : JSON.stringify(listing, null, 2) + '\n');
  },
});
