import type { Language } from '../../shared/languages.ts';

/** A stored day (YYYY-MM-DD) the way the reader writes dates, e.g. 17.11.2026 in Finnish. */
export function formatDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}
