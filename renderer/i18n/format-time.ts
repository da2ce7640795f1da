import { languageTag, type Language } from '../../shared/languages.ts';

/** A time of day as the core stores it: HH:MM, 24-hour, the kiosk's own clock. */
const storedTime = /^([01]\d|2[0-3]):([0-5]\d)$/;

const formatters = new Map<Language, Intl.DateTimeFormat>();

/**
 * The language's own way of writing a time, from Intl: 8.00 in Finnish and Swedish as written in
 * Finland, 8:00 in British English; all three count the hours to 23. The time is placed in UTC
 * and read in UTC, so no time zone or summer time can move it.
 */
function timeFormat(language: Language): Intl.DateTimeFormat {
  let format = formatters.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(languageTag[language], {
      hour: 'numeric',
      minute: '2-digit',
      timeZone: 'UTC',
    });
    formatters.set(language, format);
  }
  return format;
}

function asDate(time: string): Date | null {
  const match = storedTime.exec(time);
  return match ? new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2]))) : null;
}

/** A stored time (HH:MM) the way the reader writes it; anything else is shown as it came. */
export function formatTime(time: string, language: Language): string {
  const date = asDate(time);
  return date ? timeFormat(language).format(date) : time;
}

/**
 * The hour, what stands between it and the minutes, and the minutes, for fields that set a time.
 * Such fields offer the hours 0–23, as every language here writes them.
 */
export type TimeParts = { hour: string; separator: string; minutes: string };

export function timeParts(time: string, language: Language): TimeParts | null {
  const date = asDate(time);
  if (!date) return null;
  const parts = timeFormat(language).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((each) => each.type === type)?.value ?? '';
  return { hour: part('hour'), separator: part('literal'), minutes: part('minute') };
}
