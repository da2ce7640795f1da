import { z } from 'zod';
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
  },
  schema: z.object({
    data: requiredPath('data'),
    'time-granularity': z.enum(shape.timeGranularity.options, { error: '--time-granularity must be day-part or hour' }).optional(),
    'retention-days': wholeNumber('retention-days', shape.retentionDays),
    'export-interval-days': wholeNumber('export-interval-days', shape.exportIntervalDays),
  }),
  async run(args) {
    const patch = {
      ...(args['time-granularity'] && { timeGranularity: args['time-granularity'] }),
      ...(args['retention-days'] !== undefined && { retentionDays: args['retention-days'] }),
      ...(args['export-interval-days'] !== undefined && { exportIntervalDays: args['export-interval-days'] }),
    };
    const changing = Object.keys(patch).length > 0;
    const settings = await withKiosk(args.data, !changing, (kiosk) =>
      changing ? kiosk.settings.update(patch) : kiosk.settings.read(),
    );
    process.stdout.write(JSON.stringify(settings, null, 2) + '\n');
  },
});
