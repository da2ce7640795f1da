import type { Database } from 'better-sqlite3';
import type { CommentDecision, CommentState } from '../../../../shared/contract/staff-comments.ts';
import type { CommentDecisionKind } from '../../../../shared/comment-decisions.ts';
import type { Clock } from '../../clock.ts';
import { AppError } from '../../errors.ts';
import { contactMinute } from '../lan/contact-time.ts';

const columnOf: Record<CommentDecisionKind, { column: 'hidden' | 'flagged' | 'selected'; value: 0 | 1 }> = {
  hide: { column: 'hidden', value: 1 },
  unhide: { column: 'hidden', value: 0 },
  flag: { column: 'flagged', value: 1 },
  unflag: { column: 'flagged', value: 0 },
  select: { column: 'selected', value: 1 },
  unselect: { column: 'selected', value: 0 },
};

/**
 * Records a decision about a comment and logs it, in one transaction: hide or unhide it, flag
 * or unflag it for follow-up, select or unselect it for the social report. Nothing is deleted:
 * a hidden comment stays stored, only left out of reports and exports. Only a comment of an
 * approved kiosk can be decided about; any other id changes nothing.
 */
export function decideComment(db: Database, clock: Clock, input: CommentDecision): CommentState {
  const { column, value } = columnOf[input.decision];
  return db.transaction(() => {
    const known = db
      .prepare<[string], 1>(
        `SELECT 1 FROM responses r JOIN kiosks k ON k.kiosk_id = r.kiosk_id AND k.approved = 1
         WHERE r.id = ? AND r.comment IS NOT NULL`,
      )
      .pluck()
      .get(input.commentId);
    if (!known) {
      throw new AppError('not_found', `There is no comment ${input.commentId}. Nothing was changed.`);
    }
    db.prepare(
      `INSERT INTO comment_decisions (response_id, ${column}) VALUES (?, ?)
       ON CONFLICT (response_id) DO UPDATE SET ${column} = excluded.${column}`,
    ).run(input.commentId, value);
    db.prepare(
      'INSERT INTO staff_change_log (at, action, comment_id, decided_by, reason) VALUES (?, ?, ?, ?, ?)',
    ).run(
      contactMinute(clock()),
      input.decision,
      input.commentId,
      input.decidedBy === '' ? null : input.decidedBy,
      input.reason ? input.reason : null,
    );
    return commentState(db, input.commentId);
  })();
}

function commentState(db: Database, commentId: string): CommentState {
  const row = db
    .prepare<[string], { hidden: number; flagged: number; selected: number }>(
      'SELECT hidden, flagged, selected FROM comment_decisions WHERE response_id = ?',
    )
    .get(commentId)!;
  return { commentId, hidden: row.hidden === 1, flagged: row.flagged === 1, selected: row.selected === 1 };
}
