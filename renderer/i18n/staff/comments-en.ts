import { reportFilterEn } from './report-filter-en.ts';
import type { StaffCommentsDictionary } from './comments-fi.ts';

export const staffCommentsEn: StaffCommentsDictionary = {
  intro:
    "Clients' comments in their own words, in a new random order every time. A comment shows only its week, never the day or the time.",
  filtersLegend: 'Which comments',
  filter: { ...reportFilterEn, period: 'Time' },
  includeRepeats: 'Include quick repeat answers (perhaps the same person again)',
  search: 'Search the comments',
  searchHint: 'Capitals and accents (é, ü) make no difference; å, ä and ö are letters of their own.',
  show: 'Show',
  shows: {
    all: 'All (not hidden)',
    flagged: 'Flagged for follow-up',
    selected: 'Selected for the report',
    hidden: 'Hidden',
  },
  loading: 'Fetching the comments…',
  resultsTitle: 'Comments found',
  count: (count) => (count === 1 ? '1 comment' : `${count} comments`),
  none: 'No comments with these choices.',
  heldBack: (wordings, minCellSize) =>
    `The comments on ${wordings === 1 ? 'one question are' : `${wordings} questions are`} not shown: fewer than ${minCellSize} people answered it with these choices, so whoever wrote one could be recognised.`,
  week: (week, year) => `week ${week}/${year}`,
  answer: 'Answer',
  commentId: (id) => `Id ${id}`,
  states: { hidden: 'Hidden', flagged: 'Flagged', selected: 'Selected for the report' },
  actions: {
    hide: 'Hide',
    unhide: 'Show again',
    flag: 'Flag for follow-up',
    unflag: 'Remove the flag',
    select: 'Select for the report',
    unselect: 'Remove from the report',
  },
  decideTitle: {
    hide: 'Hide the comment from reports and exports',
    unhide: 'Show the comment again',
    flag: 'Flag the comment for follow-up',
    unflag: 'Remove the follow-up flag',
    select: 'Select the comment for the social report',
    unselect: 'Remove the comment from the social report',
  },
  hideNote:
    'The comment is not deleted: it is kept and listed under Hidden, but left out of reports and exports.',
  decidedBy: 'Decided by',
  decidedByHint: 'A name, "client panel" or "team meeting 3.12." for example. Written into the change log.',
  decidedByOptional: 'Decided by (optional)',
  decidedByMissing: 'Type who decided: a name, or a meeting and its day.',
  reason: 'Reason (optional)',
  confirm: 'Confirm',
  cancel: 'Cancel',
  saving: 'Saving…',
  decided: {
    hide: 'The comment is hidden. It is listed under Hidden.',
    unhide: 'The comment is shown again.',
    flag: 'The comment is flagged for follow-up.',
    unflag: 'The flag is removed.',
    select: 'The comment is selected for the report.',
    unselect: 'The comment is removed from the report.',
  },
  changeLogTitle: 'Change log',
  changeLogIntro:
    'Who decided what about the comments, newest first. Nothing about a client is written in it.',
  changeLogEmpty: 'Nothing has been decided about comments yet.',
  changeLogColumns: {
    at: 'Time',
    action: 'Decision',
    comment: 'Comment',
    decidedBy: 'Decided by',
    reason: 'Reason',
  },
};
