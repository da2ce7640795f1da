/**
 * Languages the kiosk speaks. Finnish is the default and every text must exist in it; `selko` is
 * easy Finnish (selkosuomi), short sentences and common words for readers who need them.
 */
export const languages = ['fi', 'sv', 'en', 'selko'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fi';

/** The BCP 47 tag for `lang` attributes and speech: easy Finnish is still Finnish to a voice. */
export const languageTag: Record<Language, string> = {
  fi: 'fi-FI',
  sv: 'sv-FI',
  en: 'en-GB',
  selko: 'fi-FI',
};

/** Texts keyed by language; the default language is always present. */
export type LocalizedText = { fi: string } & { [L in Exclude<Language, 'fi'>]?: string | undefined };

/** The text in the wanted language, or in the default language where that one is missing. */
export function pickText(text: LocalizedText, language: Language): string {
  return text[language] ?? text.fi;
}
