import type { Migration } from '../../db/migration.ts';
import { initial } from './001-initial.ts';
import { storeEvents } from './002-store-events.ts';
import { settingsAndHour } from './003-settings-and-hour.ts';
import { comment } from './004-comment.ts';
import { adminAccess } from './005-admin-access.ts';
import { followUpsAndRepeat } from './006-follow-ups-and-repeat.ts';
import { bankScheduleChangeLog } from './007-bank-schedule-change-log.ts';
import { answerSlots } from './008-answer-slots.ts';
import { lanReceiver } from './009-lan-receiver.ts';
import { answerLanguageAndItemCode } from './010-answer-language-and-item-code.ts';

/** Every kiosk schema version, oldest first. Append; never edit one that has shipped. */
export const kioskMigrations: readonly Migration[] = [
  initial,
  storeEvents,
  settingsAndHour,
  comment,
  adminAccess,
  followUpsAndRepeat,
  bankScheduleChangeLog,
  answerSlots,
  lanReceiver,
  answerLanguageAndItemCode,
];
