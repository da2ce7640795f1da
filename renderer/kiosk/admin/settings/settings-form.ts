import type { KioskSettings } from '../../../../shared/kiosk-settings.ts';
import type { Language } from '../../../../shared/languages.ts';
import {
  numberSettingRanges,
  numberSettings,
  phoneNumberPattern,
  type NumberSetting,
} from '../../../../shared/setting-limits.ts';

/** The settings this section edits; opening hours have a section of their own. */
export type EditedSettings = Omit<KioskSettings, 'openingHours'>;
/** The whole-number settings, in two groups as the form shows them. */
export const timingSettings = [
  'thankYouSeconds',
  'idleSeconds',
  'repeatWindowSeconds',
] as const satisfies readonly NumberSetting[];
export const storageSettings = [
  'retentionDays',
  'exportIntervalDays',
] as const satisfies readonly NumberSetting[];
export const crisisLanguages = ['fi', 'sv', 'en'] as const;
export type CrisisLanguage = (typeof crisisLanguages)[number];
type LineFields = { name: string; number: string; hours: string };

/** The fields as typed: numbers as text, and empty text where a setting may be left unset. */
export type SettingsForm = {
  kioskName: string;
  centreName: string;
  languages: Language[];
  timeGranularity: KioskSettings['timeGranularity'];
  numbers: Record<NumberSetting, string>;
  crisisLines: Record<CrisisLanguage, LineFields>;
  centreContact: string;
};

export function formOf(settings: KioskSettings): SettingsForm {
  return {
    kioskName: settings.kioskName,
    centreName: settings.centreName ?? '',
    languages: [...settings.languages],
    timeGranularity: settings.timeGranularity,
    numbers: Object.fromEntries(numberSettings.map((key) => [key, String(settings[key])])) as Record<
      NumberSetting,
      string
    >,
    crisisLines: Object.fromEntries(
      crisisLanguages.map((language) => {
        const line = settings.crisisLines[language];
        return [language, { name: line.name, number: line.number, hours: line.hours ?? '' }];
      }),
    ) as Record<CrisisLanguage, LineFields>,
    centreContact: settings.centreContact ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** What is wrong in the fields, found before anything is sent, so reception is told in their own words. */
export type FieldProblem =
  | { notWhole: NumberSetting }
  | { outOfRange: NumberSetting }
  | { crisisLine: CrisisLanguage; missing: 'name' | 'number' }
  | { crisisLine: CrisisLanguage; notPhoneNumber: true };

/**
 * The settings the fields say, or the first problem in them: a number setting that is not a
 * whole number or is out of its range, a crisis line without a name or a phone number.
 */
export function settingsOf(fields: SettingsForm): { settings: EditedSettings } | FieldProblem {
  const numbers = {} as Record<NumberSetting, number>;
  for (const key of numberSettings) {
    const value = Number(fields.numbers[key]);
    if (fields.numbers[key].trim() === '' || !Number.isInteger(value)) return { notWhole: key };
    const { min, max } = numberSettingRanges[key];
    if (value < min || value > max) return { outOfRange: key };
    numbers[key] = value;
  }
  for (const language of crisisLanguages) {
    const { name, number } = fields.crisisLines[language];
    if (name.trim() === '') return { crisisLine: language, missing: 'name' };
    if (number.trim() === '') return { crisisLine: language, missing: 'number' };
    if (!phoneNumberPattern.test(number.trim())) return { crisisLine: language, notPhoneNumber: true };
  }
  const crisisLines = Object.fromEntries(
    crisisLanguages.map((language) => {
      const line = fields.crisisLines[language];
      return [language, { name: line.name.trim(), number: line.number.trim(), hours: orNull(line.hours) }];
    }),
  ) as KioskSettings['crisisLines'];
  return {
    settings: {
      kioskName: fields.kioskName.trim(),
      centreName: orNull(fields.centreName),
      languages: fields.languages,
      timeGranularity: fields.timeGranularity,
      ...numbers,
      crisisLines,
      centreContact: orNull(fields.centreContact),
    },
  };
}

/** Only what differs from the stored settings: the core logs each key it is sent as a change. */
export function changesFrom(stored: KioskSettings, wanted: EditedSettings): Partial<KioskSettings> {
  const keys = Object.keys(wanted) as (keyof EditedSettings)[];
  return Object.fromEntries(
    keys
      .filter((key) => JSON.stringify(wanted[key]) !== JSON.stringify(stored[key]))
      .map((key) => [key, wanted[key]]),
  );
}
