import type { Language } from '../../../../shared/languages.ts';
import type { OpeningHours } from '../../../../shared/opening-hours.ts';
import { weekdays } from '../../../../shared/weekdays.ts';
import type { AdminDictionary, AdminLanguage } from '../../../i18n/admin/index.ts';
import { formatTime } from '../../../i18n/format-time.ts';
import { describeQuestionChange, describeScheduleChange, type NameQuestion } from './bank-and-schedule-changes.ts';

/**
 * A change log entry's detail in reception's words. The core writes a changed setting as it
 * stores it (JSON for lists and objects), and a change to the bank or the schedule as data; the
 * ones that would read as code are put into words, anything else, or anything unexpected, is
 * shown as the core wrote it.
 */
export function readableDetail(subject: string, detail: string, words: AdminDictionary, language: AdminLanguage, name: NameQuestion): string {
  if (subject === 'question') return describeQuestionChange(detail, words, name) ?? detail;
  if (subject === 'schedule') return describeScheduleChange(detail, words, language, name) ?? detail;
  try {
    if (subject === 'languages') return (JSON.parse(detail) as Language[]).map((offered) => words.languageNames[offered] ?? offered).join(', ');
    if (subject === 'pin') return words.pinEvents[detail] ?? detail;
    if (subject === 'timeGranularity') return detail === 'hour' ? words.hour : detail === 'day-part' ? words.dayPart : detail;
    if (subject === 'openingHours') return describeHours(JSON.parse(detail) as OpeningHours, words, language);
  } catch {
    // Not the JSON expected: the core's own text is still better than nothing.
  }
  return detail;
}

function describeHours(hours: OpeningHours, words: AdminDictionary, language: AdminLanguage): string {
  if (hours === null) return words.alwaysOpen;
  const time = (hhmm: string) => formatTime(hhmm, language === 'en' ? ':' : '.');
  return weekdays
    .map((day) => {
      const open = hours[day];
      return `${words.weekdayNames[day]} ${open ? `${time(open.opens)}–${time(open.closes)}` : words.closedAllDay.toLowerCase()}`;
    })
    .join(', ');
}
