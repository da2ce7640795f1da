import { languageTag, type Language } from '../../../shared/languages.ts';

/**
 * The voice that reads a language: one for its own region if the system has it (fi-FI), else
 * any of the language (sv-SE for sv-FI). Easy Finnish is read by a Finnish voice. The start
 * screen's button and the admin view's list of voices both ask this, so they never disagree.
 */
export function findVoice<Voice extends { lang: string }>(
  voices: readonly Voice[],
  language: Language,
): Voice | undefined {
  const tag = languageTag[language].toLowerCase();
  const base = tag.split('-')[0]!;
  return (
    voices.find((voice) => voice.lang.toLowerCase() === tag) ??
    voices.find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === base)
  );
}
