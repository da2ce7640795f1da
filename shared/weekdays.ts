/**
 * Weekdays as the kiosk's schedule and opening hours name them. Kept free of zod so the kiosk
 * bundle can use them.
 */
export const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof weekdays)[number];

/** The weekday of a local date (JavaScript counts from Sunday; we count from Monday, as Finland does). */
export function weekdayOf(date: Date): Weekday {
  return weekdays[(date.getDay() + 6) % 7]!;
}
