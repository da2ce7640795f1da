import { AppError } from '../errors.ts';
import { describeStorageError } from '../storage-errors.ts';
import { readFileCapped } from './read-file-capped.ts';

/**
 * A small file a person named on the command line or a screen (a staff key file, a key backup, a
 * passphrase file), read whole but never past `maxBytes`: naming /dev/zero or a huge file by
 * mistake must end in a sentence, not in an out-of-memory crash, and a FIFO or a device must not
 * hang the command. `name` says what the file is and where it came from, e.g.
 * "the staff key file ./key.json"; every message names it and, when it is too large, the limit.
 */
export async function readNamedFile(name: string, file: string, maxBytes: number): Promise<Buffer> {
  let bytes: Buffer;
  try {
    bytes = await readFileCapped(file, maxBytes);
  } catch (error) {
    throw new AppError('not_found', `Cannot read ${name}: ${describeStorageError(error)}.`, {
      cause: error,
    });
  }
  if (bytes.length > maxBytes) {
    throw new AppError(
      'bad_request',
      `${capitalised(name)} is too large: the limit is ${maxBytes} bytes. Is it the right file?`,
    );
  }
  return bytes;
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
