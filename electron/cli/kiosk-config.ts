import { z } from 'zod';
import { pinPattern } from '../../shared/admin-access.ts';
import { kioskSettingsSchema } from '../../shared/kiosk-settings.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withKiosk } from './open-data.ts';

const shape = kioskSettingsSchema.shape;

/** A whole-number flag checked against the same rule as the setting it sets, named in the error. */
const wholeNumber = (flag: string, rule: z.ZodInt) =>
  z
    .string()
    .regex(/^\d+$/, `--${flag} must be a whole number`)
    .transform(Number)
    .refine((value) => rule.safeParse(value).success, `--${flag} must be between ${rule.minValue} and ${rule.maxValue}`)
    .optional();

export const kioskConfig = defineCommand({
  name: 'kiosk config',
  summary: 'Show the kiosk settings, or change those given as flags. A bad value changes nothing.',
  options: {
    data: dataOption,
    'time-granularity': { type: 'string', value: 'day-part|hour', description: 'how finely an answer’s time is kept (never finer than the hour)' },
    'retention-days': { type: 'string', value: 'N', description: 'days an exported answer stays on the kiosk (1–365)' },
    'export-interval-days': { type: 'string', value: 'N', description: 'days after which waiting answers are flagged (1–90)' },
    'thank-you-seconds': { type: 'string', value: 'N', description: 'how long the thank-you stays on screen (2–30)' },
    'idle-seconds': { type: 'string', value: 'N', description: 'untouched seconds before the "more time?" warning (15–600)' },
    'repeat-window-seconds': { type: 'string', value: 'N', description: 'answers this soon after a thank-you are flagged as repeats (0–120, 0 = off)' },
    pin: { type: 'string', value: 'DIGITS', description: 'set reception’s PIN (4–8 digits), clearing any lockout; never printed' },
  },
  schema: z.object({
    data: requiredPath('data'),
    'time-granularity': z.enum(shape.timeGranularity.options, { error: '--time-granularity must be day-part or hour' }).optional(),
    'retention-days': wholeNumber('retention-days', shape.retentionDays),
    'export-interval-days': wholeNumber('export-interval-days', shape.exportIntervalDays),
    'thank-you-seconds': wholeNumber('thank-you-seconds', shape.thankYouSeconds),
    'idle-seconds': wholeNumber('idle-seconds', shape.idleSeconds),
    'repeat-window-seconds': wholeNumber('repeat-window-seconds', shape.repeatWindowSeconds),
    pin: z.string().regex(pinPattern, '--pin must be 4 to 8 digits').optional(),
  }),
  async run(args) {
    const patch = {
      ...(args['time-granularity'] && { timeGranularity: args['time-granularity'] }),
      ...(args['retention-days'] !== undefined && { retentionDays: args['retention-days'] }),
      ...(args['export-interval-days'] !== undefined && { exportIntervalDays: args['export-interval-days'] }),
      ...(args['thank-you-seconds'] !== undefined && { thankYouSeconds: args['thank-you-seconds'] }),
      ...(args['idle-seconds'] !== undefined && { idleSeconds: args['idle-seconds'] }),
      ...(args['repeat-window-seconds'] !== undefined && { repeatWindowSeconds: args['repeat-window-seconds'] }),
    };
    const changing = Object.keys(patch).length > 0 || args.pin !== undefined;
    const settings = await withKiosk(args.data, !changing, async (kiosk) => {
      const updated = kiosk.settings.update(patch);
      if (args.pin !== undefined) await kiosk.admin.resetPin(args.pin);
      return updated;
    });
    if (args.pin !== undefined) process.stderr.write('Reception’s PIN is set; any lockout is cleared.\n');
    process.stdout.write(JSON.stringify(settings, null, 2) + '\n');
  },
});
