import type { Database } from 'better-sqlite3';
import type {
  CommentListing,
  CommentQuery,
  ListedComment,
} from '../../../../shared/contract/staff-comments.ts';
import type { ReportFilter } from '../../../../shared/contract/staff-reading.ts';
import type { CommentShow } from '../../../../shared/comment-decisions.ts';
import { localizedTextSchema } from '../../../../shared/domain.ts';
import { periodRange } from '../../../../shared/report-period.ts';
import type { ScaleId } from '../../../../shared/scales.ts';
import { commentMatcher } from './comment-search.ts';
import { isoWeekOfDay } from './iso-week.ts';
import { wordingKeyOf, type QuestionColumns } from '../reading/answer-tables.ts';
import { shownWordings } from './shown-wordings.ts';
import { shuffled } from '../../shuffled.ts';

type CommentRow = QuestionColumns & {
  response_id: string;
  comment: string;
  day: string;
  value: number;
  hidden: number;
  flagged: number;
  selected: number;
};

const decisionCondition: Record<CommentShow, string> = {
  all: 'coalesce(d.hidden, 0) = 0',
  flagged: 'coalesce(d.hidden, 0) = 0 AND d.flagged = 1',
  selected: 'coalesce(d.hidden, 0) = 0 AND d.selected = 1',
  hidden: 'd.hidden = 1',
};

/**
 * The comments of approved kiosks under a filter, in a fresh random order, each with the ISO
 * week it was given in and nothing finer. Only wordings with at least k answers under the same
 * filter show their comments (shown-wordings.ts); hidden comments are listed only when asked for.
 * `questionId` narrows the listing to one question's wordings (the command line's --question).
 */
export function listComments(
  db: Database,
  query: CommentQuery,
  questionId: string | null = null,
): CommentListing {
  const { minCellSize, shown, heldBack } = shownWordings(db, query, questionId);
  const matches = commentMatcher(query.search);
  const comments: ListedComment[] = [];
  for (const row of commentRows(db, query, query.show)) {
    if (!shown.has(wordingKeyOf(row)) || !matches(row.comment)) continue;
    comments.push({
      commentId: row.response_id,
      hidden: row.hidden === 1,
      flagged: row.flagged === 1,
      selected: row.selected === 1,
      text: row.comment,
      questionId: row.id,
      questionVersion: row.version,
      texts: localizedTextSchema.parse(JSON.parse(row.texts)),
      itemCode: row.item_code,
      scale: row.scale as ScaleId,
      value: row.value,
      week: isoWeekOfDay(row.day),
    });
  }
  return { minCellSize, comments: shuffled(comments), heldBackWordings: heldBack, total: comments.length };
}

/** The comments staff selected for the social report, not hidden, shown under the filter. */
export function selectedComments(db: Database, filter: ReportFilter): ListedComment[] {
  return listComments(db, { ...filter, search: '', show: 'selected' }).comments;
}

function commentRows(db: Database, filter: ReportFilter, show: CommentShow): CommentRow[] {
  const conditions = ['r.comment IS NOT NULL', decisionCondition[show]];
  const parameters: (string | number | null)[] = [];
  const range = periodRange(filter.period);
  if (range) {
    conditions.push('r.day BETWEEN ? AND ?');
    parameters.push(range.from, range.to);
  }
  if (filter.place.kind === 'centre') {
    conditions.push('k.centre IS ?');
    parameters.push(filter.place.centre);
  } else if (filter.place.kind === 'kiosk') {
    conditions.push('r.kiosk_id = ?');
    parameters.push(filter.place.kioskId);
  }
  // Answers from kiosks too old to record the language count only under 'all'.
  if (filter.language !== 'all') {
    conditions.push('r.language = ?');
    parameters.push(filter.language);
  }
  if (!filter.includeRepeats) conditions.push('r.repeat = 0');
  // The day is read only to find its week; the day part and hour are never read.
  return db
    .prepare<unknown[], CommentRow>(
      `SELECT r.id AS response_id, r.comment, r.day, r.value,
              q.id, q.version, q.scale, q.texts, q.area, q.item_code,
              coalesce(d.hidden, 0) AS hidden, coalesce(d.flagged, 0) AS flagged, coalesce(d.selected, 0) AS selected
       FROM responses r
       JOIN kiosks k ON k.kiosk_id = r.kiosk_id AND k.approved = 1
       JOIN questions q ON q.kiosk_id = r.kiosk_id AND q.id = r.question_id AND q.version = r.question_version
       LEFT JOIN comment_decisions d ON d.response_id = r.id
       WHERE ${conditions.join(' AND ')}`,
    )
    .all(...parameters);
}
