import { languageTag, type Language } from '../../shared/languages.ts';

/**
 * A stored day (YYYY-MM-DD) the way the reader writes dates in Finland: 1.12.2026 in Finnish
 * and Swedish, 01/12/2026 in English (day first, never the American month first).
 */
export function formatDay(day: string, language: Language): string {
  return new Intl.DateTimeFormat(languageTag[language], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}
