import { languageTag } from '../../shared/languages.ts';
import { staffLanguages, type StaffLanguage } from '../i18n/staff/index.ts';

/**
 * The staff language the page was last shown in, read back from its `lang` tag (the staff tool
 * sets it), for a screen drawn once the tool's own state is gone. Finnish when it names none.
 */
export function staffLanguageOfPage(tag: string): StaffLanguage {
  return staffLanguages.find((language) => languageTag[language] === tag) ?? 'fi';
}
