import type { OpeningHours } from '../../../shared/opening-hours.ts';
import { weekdayOf, type Weekday } from '../../../shared/weekdays.ts';

export type NextOpening = { weekday: Weekday; time: string };

/**
 * Whether the kiosk takes answers at this local time. A day's hours run from `opens` up to but
 * not including `closes`, so at 16:00 a kiosk that closes at 16:00 is closed.
 */
export function isOpen(hours: OpeningHours, at: Date): boolean {
  if (hours === null) return true;
  const today = hours[weekdayOf(at)];
  if (today === null) return false;
  const time = timeOfDay(at);
  return today.opens <= time && time < today.closes;
}

/**
 * The next opening after this moment, for the "closed" screen. A week ahead always reaches the
 * same weekday again, so null means no day has any hours at all (or no hours are set).
 */
export function opensNext(hours: OpeningHours, at: Date): NextOpening | null {
  if (hours === null) return null;
  const later = hours[weekdayOf(at)];
  if (later !== null && timeOfDay(at) < later.opens) return { weekday: weekdayOf(at), time: later.opens };
  for (let daysAhead = 1; daysAhead <= 7; daysAhead++) {
    // Built from the calendar date, not by adding 24 h, so a daylight-saving change cannot skip a day.
    const day = new Date(at.getFullYear(), at.getMonth(), at.getDate() + daysAhead);
    const hoursThen = hours[weekdayOf(day)];
    if (hoursThen !== null) return { weekday: weekdayOf(day), time: hoursThen.opens };
  }
  return null;
}

/** Local HH:MM, which compares correctly as a string. */
function timeOfDay(at: Date): string {
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
