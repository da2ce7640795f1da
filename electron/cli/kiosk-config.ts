import { z } from 'zod';
import { pinLength } from '../../shared/admin-access.ts';
import { questionIdSchema } from '../../shared/domain.ts';
import { kioskSettingsSchema, type CrisisLine, type KioskSettings } from '../../shared/kiosk-settings.ts';
import {
  numberSettingRanges,
  settingTextMaxLength,
  type NumberSetting,
} from '../../shared/setting-limits.ts';
import { AppError } from '../core/errors.ts';
import { defineCommand } from './command.ts';
import { choiceFlag, dataOption, requiredPath, wholeNumberFlag } from './flags.ts';
import { withKiosk } from './open-data.ts';
import { openingHoursFlag } from './opening-hours-flag.ts';
import { readPinFile } from './pin-file.ts';
import { clearableTextFlag, languagesFlag, textFlag } from './setting-flags.ts';

const shape = kioskSettingsSchema.shape;
const crisisLanguages = ['fi', 'sv', 'en'] as const;
type CrisisLanguage = (typeof crisisLanguages)[number];
const settingFlag = (flag: string, setting: NumberSetting) =>
  wholeNumberFlag(flag, numberSettingRanges[setting]).optional();
const rangeOf = (setting: NumberSetting) => {
  const { min, max } = numberSettingRanges[setting];
  return `${min}–${max}`;
};

export const kioskConfig = defineCommand({
  name: 'kiosk config',
  summary: 'Show the kiosk settings, or change those given as flags. A bad value changes nothing.',
  options: {
    data: dataOption,
    'time-granularity': {
      type: 'string',
      value: 'day-part|hour',
      description: 'how finely an answer’s time is kept (never finer than the hour)',
    },
    'retention-days': {
      type: 'string',
      value: 'N',
      description: `days an exported answer stays on the kiosk (${rangeOf('retentionDays')})`,
    },
    'export-interval-days': {
      type: 'string',
      value: 'N',
      description: `days after which waiting answers are flagged (${rangeOf('exportIntervalDays')})`,
    },
    'thank-you-seconds': {
      type: 'string',
      value: 'N',
      description: `how long the thank-you stays on screen (${rangeOf('thankYouSeconds')})`,
    },
    'idle-seconds': {
      type: 'string',
      value: 'N',
      description: `untouched seconds before the "more time?" warning (${rangeOf('idleSeconds')})`,
    },
    'repeat-window-seconds': {
      type: 'string',
      value: 'N',
      description: `answers this soon after a thank-you are flagged as repeats (${rangeOf('repeatWindowSeconds')}, 0 = off)`,
    },
    'set-pin-file': {
      type: 'string',
      value: 'FILE',
      description: `set reception’s PIN from FILE (${pinLength.newMin}–${pinLength.max} digits, nothing else); refused if the kiosk has one`,
    },
    'replace-pin': {
      type: 'boolean',
      description:
        'with --set-pin-file: replace the PIN reception has, ending any lockout and open admin views',
    },
    question: {
      type: 'string',
      value: 'ID',
      description: 'ask this question from now on (see kuulluksi kiosk questions)',
    },
    languages: {
      type: 'string',
      value: 'fi,sv,en,selko',
      description: 'languages offered on the start screen, in order',
    },
    'kiosk-name': { type: 'string', value: 'TEXT', description: 'what staff call this kiosk, e.g. Aula' },
    centre: { type: 'string', value: 'TEXT', description: 'the centre the kiosk stands in ("" clears it)' },
    'centre-contact': {
      type: 'string',
      value: 'TEXT',
      description: 'how to reach the centre’s staff, on the help screen ("" clears it)',
    },
    'opening-hours': {
      type: 'string',
      value: 'HOURS',
      description: 'always, or every day named: mon=08:00-16:00,…,sat=closed,sun=closed',
    },
    ...Object.fromEntries(
      crisisLanguages.map((language) => [
        `crisis-hours-${language}`,
        {
          type: 'string',
          value: 'TEXT',
          description: `when the ${language} crisis line answers ("" clears it)`,
        },
      ]),
    ),
  },
  schema: z
    .object({
      data: requiredPath('data'),
      'time-granularity': choiceFlag('time-granularity', shape.timeGranularity.options).optional(),
      'retention-days': settingFlag('retention-days', 'retentionDays'),
      'export-interval-days': settingFlag('export-interval-days', 'exportIntervalDays'),
      'thank-you-seconds': settingFlag('thank-you-seconds', 'thankYouSeconds'),
      'idle-seconds': settingFlag('idle-seconds', 'idleSeconds'),
      'repeat-window-seconds': settingFlag('repeat-window-seconds', 'repeatWindowSeconds'),
      'set-pin-file': requiredPath('set-pin-file').optional(),
      'replace-pin': z.boolean().optional(),
      question: z
        .string()
        .refine(
          (id) => questionIdSchema.safeParse(id).success,
          '--question must be a question id such as felt-heard (kuulluksi kiosk questions lists them)',
        )
        .optional(),
      languages: languagesFlag,
      'kiosk-name': textFlag('kiosk-name', settingTextMaxLength.kioskName),
      centre: clearableTextFlag('centre', settingTextMaxLength.centreName),
      'centre-contact': clearableTextFlag('centre-contact', settingTextMaxLength.centreContact),
      'opening-hours': openingHoursFlag.optional(),
      'crisis-hours-fi': clearableTextFlag('crisis-hours-fi', settingTextMaxLength.crisisHours),
      'crisis-hours-sv': clearableTextFlag('crisis-hours-sv', settingTextMaxLength.crisisHours),
      'crisis-hours-en': clearableTextFlag('crisis-hours-en', settingTextMaxLength.crisisHours),
    })
    .refine((args) => !args['replace-pin'] || args['set-pin-file'] !== undefined, {
      message: '--replace-pin needs --set-pin-file FILE, the PIN to replace it with',
    }),
  async run(args) {
    const patch: Partial<KioskSettings> = {
      ...(args['time-granularity'] && { timeGranularity: args['time-granularity'] }),
      ...(args['retention-days'] !== undefined && { retentionDays: args['retention-days'] }),
      ...(args['export-interval-days'] !== undefined && { exportIntervalDays: args['export-interval-days'] }),
      ...(args['thank-you-seconds'] !== undefined && { thankYouSeconds: args['thank-you-seconds'] }),
      ...(args['idle-seconds'] !== undefined && { idleSeconds: args['idle-seconds'] }),
      ...(args['repeat-window-seconds'] !== undefined && {
        repeatWindowSeconds: args['repeat-window-seconds'],
      }),
      ...(args.languages !== undefined && { languages: args.languages }),
      ...(args['kiosk-name'] !== undefined && { kioskName: args['kiosk-name'] }),
      ...(args.centre !== undefined && { centreName: args.centre }),
      ...(args['centre-contact'] !== undefined && { centreContact: args['centre-contact'] }),
      ...(args['opening-hours'] !== undefined && { openingHours: args['opening-hours'] }),
    };
    const crisisHours: Partial<Record<CrisisLanguage, string | null>> = {
      ...(args['crisis-hours-fi'] !== undefined && { fi: args['crisis-hours-fi'] }),
      ...(args['crisis-hours-sv'] !== undefined && { sv: args['crisis-hours-sv'] }),
      ...(args['crisis-hours-en'] !== undefined && { en: args['crisis-hours-en'] }),
    };
    const pinFile = args['set-pin-file'];
    const replacePin = args['replace-pin'] === true;
    const changing =
      Object.keys(patch).length > 0 ||
      Object.keys(crisisHours).length > 0 ||
      pinFile !== undefined ||
      args.question !== undefined;

    // Read before the data folder is opened, so a bad file cannot leave a new, empty one behind.
    const newPin = pinFile !== undefined ? await readPinFile(pinFile, 'set-pin-file') : undefined;
    let pinOutcome: 'set' | 'replaced' | undefined;
    const shown = await withKiosk(args.data, !changing, async (kiosk) => {
      // Everything is checked before anything is written, so a refused flag changes nothing.
      if (args.question !== undefined)
        namingFlag('--question', () => kiosk.schedule.assertAskable(args.question!));
      if (newPin !== undefined && !replacePin && kiosk.admin.access().pin === 'set') {
        throw new AppError(
          'conflict',
          '--set-pin-file: this kiosk already has a PIN; add --replace-pin to replace it (any lockout ends, and open admin views lock).',
        );
      }
      const preparedPin = newPin !== undefined ? await kiosk.admin.prepareNewPin(newPin) : undefined;
      kiosk.db.transaction(() => {
        const crisisLines = withHours(kiosk.settings.read().crisisLines, crisisHours);
        kiosk.settings.update({ ...patch, ...(Object.keys(crisisHours).length > 0 && { crisisLines }) });
        if (args.question !== undefined) kiosk.schedule.askNow(args.question);
        if (preparedPin !== undefined)
          pinOutcome = kiosk.admin.setPinFromIt(preparedPin, { replace: replacePin });
      })();
      const { schedule, today } = kiosk.schedule.view();
      return { settings: kiosk.settings.read(), schedule, today };
    });
    if (pinOutcome === 'set') process.stderr.write('Reception’s PIN is set.\n');
    if (pinOutcome === 'replaced')
      process.stderr.write(
        'Reception’s PIN is replaced; any lockout has ended, and open admin views lock.\n',
      );
    process.stdout.write(JSON.stringify(shown, null, 2) + '\n');
  },
});

/** The crisis lines with the hours given on the command line; the other lines as they were. */
function withHours(
  lines: KioskSettings['crisisLines'],
  hours: Partial<Record<CrisisLanguage, string | null>>,
): KioskSettings['crisisLines'] {
  const line = (language: CrisisLanguage): CrisisLine => {
    const given = hours[language];
    return given === undefined ? lines[language] : { ...lines[language], hours: given };
  };
  return { fi: line('fi'), sv: line('sv'), en: line('en') };
}

/** Runs a check the core makes, with the flag it concerns named in front of its reason. */
function namingFlag(flag: string, check: () => void): void {
  try {
    check();
  } catch (error) {
    if (error instanceof AppError)
      throw new AppError(error.code, `${flag}: ${error.message} "kuulluksi kiosk questions" lists the bank.`);
    throw error;
  }
}
