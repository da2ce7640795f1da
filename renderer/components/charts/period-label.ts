import { languageTag, type Language } from '../../../shared/languages.ts';
import type { TrendUnit } from '../../../shared/report-period.ts';

/** Noon UTC of a YYYY-MM-DD day, so no time zone moves it to the day before. */
const dateOf = (day: string) => new Date(`${day}T12:00:00Z`);

/**
 * The words of a trend point: a month by its name and year, a week's part of a month by its
 * first and last day, written the way the language writes dates.
 */
export function periodLabel(language: Language, unit: TrendUnit, from: string, to: string): string {
  const tag = languageTag[language];
  if (unit === 'month')
    return new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      dateOf(from),
    );
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'numeric', timeZone: 'UTC' }).formatRange(
    dateOf(from),
    dateOf(to),
  );
}
