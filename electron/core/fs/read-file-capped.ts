import { constants } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Reads a file, but never more than `maxBytes + 1` bytes of it: enough for the caller to tell a
 * file is too large without reading a huge or endless one (a hostile stick) into memory. Only
 * regular files are read: a FIFO or device named like a batch would block or never end, so it
 * is opened without blocking and refused.
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
    if (!info.isFile()) throw new Error('it is not a regular file');
    const buffer = Buffer.alloc(maxBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}
