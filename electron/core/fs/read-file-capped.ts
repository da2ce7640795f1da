import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Reads a file, but never more than `maxBytes + 1` bytes of it: enough for the caller to tell a
 * file is too large without reading a huge or endless one (a hostile stick) into memory. Only
 * regular files are read: a FIFO or device named like a batch would block or never end, so it
 * is opened without blocking and refused, saying what it is.
 */
export async function readFileCapped(path: string, maxBytes: number): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR' });
    if (!info.isFile()) throw new Error(`it is ${specialFileKind(info)}, not a regular file`);
    const limit = maxBytes + 1;
    // Sized from the stat, plus the byte that shows whether more follows: a file that grew since
    // (or whose size says nothing, as in /proc) fills it, and the buffer grows up to the limit.
    let buffer = Buffer.alloc(Math.min(info.size, maxBytes) + 1);
    let filled = 0;
    for (;;) {
      if (filled === buffer.length) {
        if (filled === limit) break;
        const larger = Buffer.alloc(Math.min(limit, buffer.length * 2));
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

function specialFileKind(info: Stats): string {
  if (info.isFIFO()) return 'a pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}
