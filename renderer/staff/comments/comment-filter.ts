import type { CommentShow } from '../../../shared/comment-decisions.ts';
import type { Input } from '../../../shared/contract/index.ts';
import type { ReportFilter } from '../../../shared/contract/staff-reading.ts';

export type CommentQuery = Input<'staff.comments'>;

/** The comment filters as the form holds them: the report's filter, the search and what to show. */
export type CommentFilterForm = ReportFilter & { search: string; show: CommentShow };

export function startingForm(): CommentFilterForm {
  return {
    period: { kind: 'all' },
    place: { kind: 'all' },
    language: 'all',
    includeRepeats: false,
    search: '',
    show: 'all',
  };
}
