import { z } from 'zod';
import { isWholePairingCode } from '../../shared/pairing-code.ts';
import { lanAddressSchema } from '../../shared/lan-status.ts';
import { AppError } from '../core/errors.ts';
import { readNamedFile } from '../core/fs/read-named-file.ts';
import { pairWithStaff } from '../core/kiosk/pairing.ts';
import { staffKeyFileSchema } from '../core/keys/staff-public-key-format.ts';
import { describeIssues } from '../core/schema-errors.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath, wholeNumberFlag } from './flags.ts';
import { pairOverLan } from './kiosk-pair-lan.ts';
import { withKiosk } from './open-data.ts';

/** Long enough for staff to walk to their screen and compare the codes. */
const defaultWaitSeconds = 600;

export const kioskPair = defineCommand({
  name: 'kiosk pair',
  summary:
    'Pair this kiosk with staff: with a staff key file (the one "kuulluksi staff init" wrote; again with another file to add a backup key), or with a staff PC over the LAN, which staff approve on their screen.',
  options: {
    data: dataOption,
    staff: { type: 'string', value: 'FILE', description: 'the public staff key file' },
    lan: {
      type: 'string',
      value: 'HOST:PORT',
      description: 'or: the staff PC that receives over the LAN (prints the codes, waits for approval)',
    },
    'receiver-code': {
      type: 'string',
      value: 'CODE',
      description: 'with --lan: go on only if the staff PC shows this code (for scripts)',
    },
    'wait-seconds': {
      type: 'string',
      value: 'N',
      description: `with --lan: how long to wait for staff to approve (default ${defaultWaitSeconds}; 0 asks and returns)`,
    },
  },
  schema: z
    .object({
      data: requiredPath('data'),
      staff: requiredPath('staff').optional(),
      lan: z
        .string()
        .transform((value, context) => {
          const parsed = lanAddressSchema.safeParse(value);
          if (parsed.success) return parsed.data;
          context.addIssue({
            code: 'custom',
            message: `--lan ${parsed.error.issues[0]!.message}, not "${value}"`,
          });
          return z.NEVER;
        })
        .optional(),
      'receiver-code': z
        .string()
        .transform((code) => code.trim().toUpperCase())
        .refine(
          isWholePairingCode,
          '--receiver-code must be a whole code as the staff PC shows it, e.g. ABCDE-FGHIJ-KLMNO-PQRST',
        )
        .optional(),
      'wait-seconds': wholeNumberFlag('wait-seconds', { min: 0, max: 86_400 }).optional(),
    })
    .refine((args) => (args.staff === undefined) !== (args.lan === undefined), {
      message: 'give exactly one of --staff FILE and --lan HOST:PORT',
    })
    .refine(
      (args) => args.lan !== undefined || (args['receiver-code'] ?? args['wait-seconds']) === undefined,
      {
        message: '--receiver-code and --wait-seconds go with --lan',
      },
    ),
  async run({ data, staff, lan, 'receiver-code': receiverCode, 'wait-seconds': waitSeconds }) {
    if (lan !== undefined) {
      await withKiosk(data, false, (kiosk) =>
        pairOverLan(kiosk, { address: lan, receiverCode, waitSeconds: waitSeconds ?? defaultWaitSeconds }),
      );
      return;
    }
    const staffKey = await readStaffKeyFile(staff!);
    const { fingerprint, recipients, kioskId } = await withKiosk(data, false, (kiosk) => ({
      ...pairWithStaff(kiosk.db, staffKey),
      kioskId: kiosk.identity.kioskId,
    }));
    process.stdout.write(
      [
        `Paired with staff key ${fingerprint}.`,
        'Check that the staff tool shows the same code before you rely on it.',
        `This kiosk (${kioskId}) now encrypts batches to ${recipients} staff key(s).`,
      ].join('\n') + '\n',
    );
  },
});

/** A staff key file is a few hundred bytes of JSON; anything past this is not one. */
const maxStaffKeyFileBytes = 64 * 1024;

async function readStaffKeyFile(file: string) {
  const text = (await readNamedFile(`the staff key file ${file}`, file, maxStaffKeyFileBytes)).toString(
    'utf8',
  );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppError('bad_request', `${file} is not a staff key file (it is not JSON).`);
  }
  const parsed = staffKeyFileSchema.safeParse(json);
  if (!parsed.success)
    throw new AppError(
      'bad_request',
      `${file} is not a valid staff key file: ${describeIssues(parsed.error)}.`,
    );
  return parsed.data;
}
