import { staffEn } from './en.ts';
import { staffFi, type StaffDictionary } from './fi.ts';
import { staffSv } from './sv.ts';

export type { StaffDictionary };

/** The languages the staff tool is written in. */
export const staffLanguages = ['fi', 'sv', 'en'] as const;
export type StaffLanguage = (typeof staffLanguages)[number];

const dictionaries: Record<StaffLanguage, StaffDictionary> = { fi: staffFi, sv: staffSv, en: staffEn };

export function staffText(language: StaffLanguage): StaffDictionary {
  return dictionaries[language];
}
