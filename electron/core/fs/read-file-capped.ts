import { constants, type Stats } from 'node:fs';
import { lstat, open, type FileHandle } from 'node:fs/promises';

/** Thrown when the file asked for is a symbolic link and links were not to be followed. */
export class LinkNotFollowedError extends Error {
  constructor(path: string) {
    super(`${path} is a link to another place, and links are not followed here`);
    this.name = 'LinkNotFollowedError';
  }
}

export type ReadOptions = {
  /**
   * False for files found on a stick rather than named by a person: a link there could point
   * anywhere on this PC, and the reader would take its content for the stick's.
   */
  followLinks?: boolean;
};

/**
 * Reads a file, but never more than `maxBytes + 1` bytes of it: enough for the caller to tell a
 * file is too large without reading a huge or endless one (a hostile stick) into memory. Only
 * regular files are read: a FIFO or device named like a batch would block or never end, so it
 * is opened without blocking and refused, saying what it is.
 */
export async function readFileCapped(
  path: string,
  maxBytes: number,
  { followLinks = true }: ReadOptions = {},
): Promise<Buffer> {
  const handle = followLinks ? await openForReading(path) : await openUnlessLink(path);
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

function openForReading(path: string, extraFlags = 0): Promise<FileHandle> {
  return open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | extraFlags);
}

/**
 * O_NOFOLLOW makes the open itself refuse a link, so the file cannot be swapped for one between
 * a check and the open. Windows has no such flag; there the link is looked for first.
 */
async function openUnlessLink(path: string): Promise<FileHandle> {
  const noFollow = constants.O_NOFOLLOW;
  if (noFollow === undefined) {
    if ((await lstat(path)).isSymbolicLink()) throw new LinkNotFollowedError(path);
    return openForReading(path);
  }
  try {
    return await openForReading(path, noFollow);
  } catch (error) {
    // Linux and macOS say ELOOP for a link met with O_NOFOLLOW, FreeBSD says EMLINK.
    const code = (error as NodeJS.ErrnoException).code;
    if ((code === 'ELOOP' || code === 'EMLINK') && (await lstat(path)).isSymbolicLink())
      throw new LinkNotFollowedError(path);
    throw error;
  }
}

function specialFileKind(info: Stats): string {
  if (info.isFIFO()) return 'a pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'a special file';
}
