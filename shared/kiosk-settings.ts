/**
 * The kiosk's settings: one schema for the CLI, the admin screen and the store. Each value is
 * checked on the way in and again on the way out, so a hand-edited database cannot smuggle in
 * a finer clock than the centre chose.
 */
import { z } from 'zod';

export const kioskSettingsSchema = z.strictObject({
  /** How finely an answer's time is kept: a part of the day (default) or the hour. Never finer. */
  timeGranularity: z.enum(['day-part', 'hour']),
  /** Days an exported answer stays on the kiosk when no receipt comes back. */
  retentionDays: z.int().min(1).max(365),
  /** Days after which answers still waiting for export are flagged to reception. */
  exportIntervalDays: z.int().min(1).max(90),
});
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

export const defaultKioskSettings: KioskSettings = {
  timeGranularity: 'day-part',
  retentionDays: 30,
  exportIntervalDays: 7,
};
