/**
 * The kiosk's settings: one schema for the CLI, the admin screen and the store. Each value is
 * checked on the way in and again on the way out, so a hand-edited database cannot smuggle in
 * a finer clock than the centre chose.
 */
import { z } from 'zod';
import { languages } from './languages.ts';
import { openingHoursSchema } from './opening-hours.ts';

const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{2,24}$/, 'a phone number is digits, spaces, dashes and brackets, optionally starting with +');

/** A crisis line as the help screen shows it: a number, and when it answers (free text, may be left empty). */
export const crisisLineSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  number: phoneNumber,
  hours: z.string().trim().max(120).nullable(),
});
export type CrisisLine = z.infer<typeof crisisLineSchema>;

export const kioskSettingsSchema = z.strictObject({
  /** What staff and reception call this kiosk, e.g. "Aula". */
  kioskName: z.string().trim().min(1).max(60),
  /** The centre the kiosk stands in; null until reception sets it. */
  centreName: z.string().trim().min(1).max(100).nullable(),
  /**
   * The languages offered on the start screen, in the order shown. Each person starts in the
   * first; question texts missing in a language fall back to Finnish.
   */
  languages: z
    .array(z.enum(languages, { error: `a language is one of ${languages.join(', ')}` }))
    .min(1, 'offer at least one language')
    .refine((offered) => new Set(offered).size === offered.length, 'each language is offered once'),
  /** When the kiosk takes answers; null means always. */
  openingHours: openingHoursSchema,
  /** How finely an answer's time is kept: a part of the day (default) or the hour. Never finer. */
  timeGranularity: z.enum(['day-part', 'hour']),
  /** Days an exported answer stays on the kiosk when no receipt comes back. */
  retentionDays: z.int().min(1).max(365),
  /** Days after which answers still waiting for export are flagged to reception. */
  exportIntervalDays: z.int().min(1).max(90),
  /** How long the thank-you stays on screen. */
  thankYouSeconds: z.int().min(2).max(30),
  /** How long any other screen may sit untouched before the "more time?" warning appears. */
  idleSeconds: z.int().min(15).max(600),
  /**
   * An answer given this soon after the previous thank-you ended is stored with the repeat flag
   * (perhaps the same person again); 0 turns the flag off. Never a reason to drop an answer.
   */
  repeatWindowSeconds: z.int().min(0).max(120),
  /** The crisis line per language of the kiosk's UI; easy Finnish uses the Finnish line. */
  crisisLines: z.strictObject({ fi: crisisLineSchema, sv: crisisLineSchema, en: crisisLineSchema }),
  /** How to reach the centre's own staff, as shown on the help screen; null shows nothing. */
  centreContact: z.string().trim().min(1).max(200).nullable(),
});
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

/** The whole-number settings. */
export const numberSettings = ['thankYouSeconds', 'idleSeconds', 'repeatWindowSeconds', 'retentionDays', 'exportIntervalDays'] as const;
export type NumberSetting = (typeof numberSettings)[number];

/** The range a whole-number setting takes, read from the schema, so no help text can drift from what is checked. */
export function numberSettingRange(key: NumberSetting): { min: number; max: number } {
  const schema = kioskSettingsSchema.shape[key];
  return { min: schema.minValue!, max: schema.maxValue! };
}

export const defaultKioskSettings: KioskSettings = {
  kioskName: 'Kioski',
  centreName: null,
  languages: ['fi', 'sv', 'en', 'selko'],
  openingHours: null,
  timeGranularity: 'day-part',
  retentionDays: 30,
  exportIntervalDays: 7,
  thankYouSeconds: 5,
  idleSeconds: 45,
  repeatWindowSeconds: 10,
  // MIELI Mental Health Finland's crisis lines. The Finnish line answers around the clock; the
  // Swedish and English lines keep hours that change, so reception sets those hours here.
  crisisLines: {
    fi: { name: 'MIELI Kriisipuhelin', number: '09 2525 0111', hours: 'joka päivä, ympäri vuorokauden' },
    sv: { name: 'MIELI Kristelefon', number: '09 2525 0112', hours: null },
    en: { name: 'MIELI Crisis Helpline', number: '09 2525 0116', hours: null },
  },
  centreContact: null,
};
