/**
 * CSV files staff take into a spreadsheet: the counts (every figure through the small-cell rule,
 * as the dashboard shows them) or one coarse row per answer (docs/anonymity.md). The staff tool
 * names the file itself in the folder staff choose, and never overwrites one.
 */
import { z } from 'zod';
import { fullPath } from './full-path.ts';
import type { MethodDefinition } from './method.ts';
import { reportFilterSchema } from './staff-reading.ts';

export const staffExportMethods = {
  'staff.exportCsv': {
    roles: ['staff'],
    input: z.strictObject({
      /** `aggregates`: the counts per value, total and trend point; `answers`: one row per answer. */
      kind: z.enum(['aggregates', 'answers']),
      filter: reportFilterSchema,
      folder: fullPath('the folder to save the CSV file in'),
    }),
    /** The file written, in full: read back and checked before this answers. */
    output: z.strictObject({ file: z.string() }),
  },
} as const satisfies Record<string, MethodDefinition>;
