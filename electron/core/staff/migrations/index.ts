import type { Migration } from '../../db/migration.ts';
import { initial } from './001-initial.ts';
import { kioskNotices } from './002-kiosk-notices.ts';
import { hour } from './003-hour.ts';
import { comment } from './004-comment.ts';
import { followUpsAndRepeat } from './005-follow-ups-and-repeat.ts';
import { sealedStaffKeys } from './006-sealed-staff-keys.ts';
import { kioskApproval } from './007-kiosk-approval.ts';
import { questionsPerKiosk } from './008-questions-per-kiosk.ts';
import { responseCounts } from './009-response-counts.ts';
import { heldBatchFolders } from './010-held-batch-folders.ts';
import { lan } from './011-lan.ts';
import { lanSetting } from './012-lan-setting.ts';
import { readingDimensions } from './013-reading-dimensions.ts';
import { readingSetting } from './014-reading-setting.ts';
import { commentDecisions } from './015-comment-decisions.ts';
import { reportTexts } from './016-report-texts.ts';

/** Every staff schema version, oldest first. Append; never edit one that has shipped. */
export const staffMigrations: readonly Migration[] = [
  initial,
  kioskNotices,
  hour,
  comment,
  followUpsAndRepeat,
  sealedStaffKeys,
  kioskApproval,
  questionsPerKiosk,
  responseCounts,
  heldBatchFolders,
  lan,
  lanSetting,
  readingDimensions,
  readingSetting,
  commentDecisions,
  reportTexts,
];
