import { lockoutSecondsIn } from '../../../../shared/admin-access.ts';
import type { QuestionChange, ScheduleChange } from '../../../../shared/change-log-details.ts';
import type { Language } from '../../../../shared/languages.ts';
import type { OpeningHours } from '../../../../shared/opening-hours.ts';
import { weekdays } from '../../../../shared/weekdays.ts';
import type { AdminDictionary, AdminLanguage } from '../../../i18n/admin/index.ts';
import { formatTime } from '../../../i18n/format-time.ts';
import { describeChange, type NameQuestion } from './bank-and-schedule-changes.ts';

type Entry = { subject: string; detail: string; change: QuestionChange | ScheduleChange | null };

/**
 * A change log entry's detail in reception's words. A change to the bank or the schedule comes
 * as data; a changed setting as the core stores it (JSON for lists and objects). The ones that
 * would read as code are put into words, anything else, or anything unexpected, is shown as the
 * core wrote it.
 */
export function readableDetail(
  { subject, detail, change }: Entry,
  words: AdminDictionary,
  language: AdminLanguage,
  name: NameQuestion,
): string {
  if (change) return describeChange(change, words, language, name);
  try {
    if (subject === 'languages')
      return (JSON.parse(detail) as Language[])
        .map((offered) => words.languageNames[offered] ?? offered)
        .join(', ');
    if (subject === 'pin') return pinEvent(detail, words);
    if (subject === 'timeGranularity')
      return detail === 'hour' ? words.hour : detail === 'day-part' ? words.dayPart : detail;
    if (subject === 'openingHours') return describeHours(JSON.parse(detail) as OpeningHours, words, language);
  } catch {
    // Not the JSON expected: the core's own text is still better than nothing.
  }
  return detail;
}

/** What happened to the PIN: set, changed or reset, or a lockout with how long it lasted. */
function pinEvent(detail: string, words: AdminDictionary): string {
  const lockedFor = lockoutSecondsIn(detail);
  return lockedFor !== null ? words.pinLockedOut(lockedFor) : (words.pinEvents[detail] ?? detail);
}

function describeHours(hours: OpeningHours, words: AdminDictionary, language: AdminLanguage): string {
  if (hours === null) return words.alwaysOpen;
  const time = (hhmm: string) => formatTime(hhmm, language);
  return weekdays
    .map((day) => {
      const open = hours[day];
      return `${words.weekdayNames[day]} ${open ? `${time(open.opens)}–${time(open.closes)}` : words.closedAllDay.toLowerCase()}`;
    })
    .join(', ');
}
