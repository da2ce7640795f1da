/**
 * The limits of the kiosk's settings, apart from their schema (kiosk-settings.ts builds it from
 * these), so the admin screen can show and check them without bringing zod into its bundle.
 */

/** The whole-number settings, and the range each takes. */
export const numberSettingRanges = {
  /** Seconds the thank-you stays on screen. */
  thankYouSeconds: { min: 2, max: 30 },
  /** Seconds any other screen may sit untouched before the "more time?" warning. */
  idleSeconds: { min: 15, max: 600 },
  /** Seconds after a thank-you in which an answer is flagged as a possible repeat; 0 is off. */
  repeatWindowSeconds: { min: 0, max: 120 },
  /** Days an exported answer stays on the kiosk when no receipt comes back. */
  retentionDays: { min: 1, max: 365 },
  /** Days after which answers still waiting for export are flagged. */
  exportIntervalDays: { min: 1, max: 90 },
} as const satisfies Record<string, { min: number; max: number }>;
export type NumberSetting = keyof typeof numberSettingRanges;
export const numberSettings = Object.keys(numberSettingRanges) as NumberSetting[];

/** The longest each text of the settings may be. */
export const settingTextMaxLength = {
  kioskName: 60,
  centreName: 100,
  centreContact: 200,
  crisisName: 80,
  crisisNumber: 26,
  crisisHours: 120,
} as const;

/** A phone number as people write one: digits, spaces, dashes and brackets, perhaps a + first. */
export const phoneNumberPattern = new RegExp(
  `^\\+?[0-9][0-9 ()-]{2,${settingTextMaxLength.crisisNumber - 2}}$`,
);
