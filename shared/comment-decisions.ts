/**
 * What staff can do with a client's comment and which comments they can list. Zod-free, so the
 * staff screens can use it (the contract in shared/contract/staff-comments.ts checks the same).
 */
export const commentShows = ['all', 'flagged', 'selected', 'hidden'] as const;
export type CommentShow = (typeof commentShows)[number];

export const commentDecisionKinds = ['hide', 'unhide', 'flag', 'unflag', 'select', 'unselect'] as const;
export type CommentDecisionKind = (typeof commentDecisionKinds)[number];

/** Hiding takes a comment out of every report: someone must stand behind it, so it needs a name. */
export const decisionsNeedingDecidedBy: readonly CommentDecisionKind[] = ['hide', 'unhide'];

export const maxCommentSearchLength = 200;
export const maxDecidedByLength = 80;
export const maxDecisionReasonLength = 200;
