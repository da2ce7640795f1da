import type { Language } from '../../../shared/languages.ts';
import { adminEn } from './en.ts';
import { adminFi, type AdminDictionary } from './fi.ts';
import { adminSv } from './sv.ts';

export type { AdminDictionary };

/** The languages reception's screens are written in. */
export const adminLanguages = ['fi', 'sv', 'en'] as const;
export type AdminLanguage = (typeof adminLanguages)[number];

const dictionaries: Record<AdminLanguage, AdminDictionary> = { fi: adminFi, sv: adminSv, en: adminEn };

/** Easy Finnish is written for clients; reception reads standard Finnish. */
export function adminLanguageFor(language: Language): AdminLanguage {
  return language === 'selko' ? 'fi' : language;
}

export function adminText(language: AdminLanguage): AdminDictionary {
  return dictionaries[language];
}
