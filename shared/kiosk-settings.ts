/**
 * The kiosk's settings: one schema for the CLI, the admin screen and the store. Each value is
 * checked on the way in and again on the way out, so a hand-edited database cannot smuggle in
 * a finer clock than the centre chose.
 */
import { z } from 'zod';
import { languages } from './languages.ts';
import { openingHoursSchema } from './opening-hours.ts';
import { numberSettingRanges, phoneNumberPattern, settingTextMaxLength } from './setting-limits.ts';

const phoneNumber = z
  .string()
  .trim()
  .regex(
    phoneNumberPattern,
    'a phone number is digits, spaces, dashes and brackets, optionally starting with +',
  );

const wholeNumberIn = ({ min, max }: { min: number; max: number }) => z.int().min(min).max(max);

/** A crisis line as the help screen shows it: a number, and when it answers (free text, may be left empty). */
const crisisLineSchema = z.strictObject({
  name: z.string().trim().min(1).max(settingTextMaxLength.crisisName),
  number: phoneNumber,
  hours: z.string().trim().max(settingTextMaxLength.crisisHours).nullable(),
});
export type CrisisLine = z.infer<typeof crisisLineSchema>;

export const kioskSettingsSchema = z.strictObject({
  /** What staff and reception call this kiosk, e.g. "Aula". */
  kioskName: z.string().trim().min(1).max(settingTextMaxLength.kioskName),
  /** The centre the kiosk stands in; null until reception sets it. */
  centreName: z.string().trim().min(1).max(settingTextMaxLength.centreName).nullable(),
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
  retentionDays: wholeNumberIn(numberSettingRanges.retentionDays),
  /** Days after which answers still waiting for export are flagged to reception. */
  exportIntervalDays: wholeNumberIn(numberSettingRanges.exportIntervalDays),
  /** How long the thank-you stays on screen. */
  thankYouSeconds: wholeNumberIn(numberSettingRanges.thankYouSeconds),
  /** How long any other screen may sit untouched before the "more time?" warning appears. */
  idleSeconds: wholeNumberIn(numberSettingRanges.idleSeconds),
  /**
   * An answer given this soon after the previous thank-you ended is stored with the repeat flag
   * (perhaps the same person again); 0 turns the flag off. Never a reason to drop an answer.
   */
  repeatWindowSeconds: wholeNumberIn(numberSettingRanges.repeatWindowSeconds),
  /** The crisis line per language of the kiosk's UI; easy Finnish uses the Finnish line. */
  crisisLines: z.strictObject({ fi: crisisLineSchema, sv: crisisLineSchema, en: crisisLineSchema }),
  /** How to reach the centre's own staff, as shown on the help screen; null shows nothing. */
  centreContact: z.string().trim().min(1).max(settingTextMaxLength.centreContact).nullable(),
});
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

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
