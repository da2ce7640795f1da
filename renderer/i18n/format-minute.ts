import type { Language } from '../../shared/languages.ts';
import { formatDay } from './format-day.ts';

/** A stored minute (`YYYY-MM-DD HH:MM`, local time) or day, with the day the reader's way. */
export function formatDayOrMinute(at: string, language: Language): string {
  const time = at.slice(11);
  return time === ''
    ? formatDay(at.slice(0, 10), language)
    : `${formatDay(at.slice(0, 10), language)} ${time}`;
}
