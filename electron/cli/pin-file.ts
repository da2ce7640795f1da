import { newPinPattern, pinLength } from '../../shared/admin-access.ts';
import { AppError } from '../core/errors.ts';
import { readFileCapped } from '../core/fs/read-file-capped.ts';
import { describeStorageError } from '../core/storage-errors.ts';

/** Far more than a PIN and its line ending: anything larger is not a PIN file. */
const maxPinFileBytes = 64;

/**
 * Reception's PIN as IT gives it: in a file, never on the command line itself, where process lists
 * and shell history would keep it. The file holds the digits, and may end with a line break (as
 * editors add, Windows' too); anything else is refused with what was wrong, and the PIN is never
 * repeated in a message.
 */
export async function readPinFile(file: string, flag: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await readFileCapped(file, maxPinFileBytes);
  } catch (error) {
    throw new AppError('not_found', `--${flag}: cannot read ${file}: ${describeStorageError(error)}.`);
  }
  const rule = `${pinLength.newMin} to ${pinLength.max} digits`;
  if (bytes.length > maxPinFileBytes) {
    throw new AppError('bad_request', `--${flag}: ${file} is too large to be a PIN: it must hold ${rule}.`);
  }
  const pin = bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r?\n$/, '');
  if (/^\d+$/.test(pin) && !newPinPattern.test(pin)) {
    throw new AppError(
      'bad_request',
      `--${flag}: the PIN in ${file} has ${pin.length} digits; a new PIN needs ${rule}.`,
    );
  }
  if (!newPinPattern.test(pin)) {
    throw new AppError(
      'bad_request',
      `--${flag}: ${file} must hold the PIN's ${rule} and nothing else (a line break after them is fine).`,
    );
  }
  return pin;
}
