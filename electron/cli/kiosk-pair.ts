import { z } from 'zod';
import { AppError } from '../core/errors.ts';
import { readNamedFile } from '../core/fs/read-named-file.ts';
import { pairWithStaff } from '../core/kiosk/pairing.ts';
import { staffKeyFileSchema } from '../core/keys/staff-public-key-format.ts';
import { describeIssues } from '../core/schema-errors.ts';
import { defineCommand } from './command.ts';
import { dataOption, requiredPath } from './flags.ts';
import { withKiosk } from './open-data.ts';

export const kioskPair = defineCommand({
  name: 'kiosk pair',
  summary:
    'Make this kiosk encrypt its batches to a staff key (the file "kuulluksi staff init" wrote). Run it again with another file to add a backup key.',
  options: {
    data: dataOption,
    staff: { type: 'string', value: 'FILE', description: 'the public staff key file' },
  },
  schema: z.object({ data: requiredPath('data'), staff: requiredPath('staff') }),
  async run({ data, staff }) {
    const staffKey = await readStaffKeyFile(staff);
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
