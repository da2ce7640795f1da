import { createContext } from 'preact';
import type { Api } from '../../shared/contract/index.ts';
import type { StaffDictionary, StaffLanguage } from '../i18n/staff/index.ts';

/** What every staff screen needs: the contract, and the words in the language chosen. */
export type Staff = { api: Api<'staff'>; words: StaffDictionary; language: StaffLanguage };

export const StaffContext = createContext<Staff | null>(null);
