/** Languages the kiosk speaks. Finnish is the default and every text must exist in it. */
export const languages = ['fi', 'sv', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'fi';

/** Texts keyed by language; the default language is always present. */
export type LocalizedText = { fi: string } & { [L in Exclude<Language, 'fi'>]?: string | undefined };

/** The text in the wanted language, or in the default language where that one is missing. */
export function pickText(text: LocalizedText, language: Language): string {
  return text[language] ?? text.fi;
}
