import type { CommentListing } from '../../../../shared/contract/staff-comments.ts';
import { writeCsv } from '../../csv/write-csv.ts';

/**
 * The comments as CSV for the office PC (electron/core/csv/write-csv.ts: BOM, semicolons, quoted,
 * formulas defused), one row each, in the listing's random order. A client's words may hold
 * semicolons, quotes, line breaks or a leading "=": each comment stays one cell and plain text.
 */
export function commentsToCsv(listing: CommentListing): string {
  return writeCsv(
    [
      'comment_id',
      'iso_year',
      'iso_week',
      'question_id',
      'question_version',
      'question',
      'item_code',
      'scale',
      'value',
      'flagged',
      'selected',
      'hidden',
      'comment',
    ],
    listing.comments.map((c) => [
      c.commentId,
      c.week.year,
      c.week.week,
      c.questionId,
      c.questionVersion,
      c.texts.fi,
      c.itemCode,
      c.scale,
      c.value,
      yesNo(c.flagged),
      yesNo(c.selected),
      yesNo(c.hidden),
      c.text,
    ]),
  );
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
