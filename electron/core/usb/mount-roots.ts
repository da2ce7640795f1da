import { join } from 'node:path';

/**
 * A folder under which removable drives appear, and how many levels below it a drive's own root
 * sits: `/media/<user>/<label>` is two levels down, macOS's `/Volumes/<label>` one.
 */
export type MountRoot = { path: string; depth: 1 | 2 };

/**
 * Where this operating system mounts USB sticks. Linux desktops (udisks2) use `/media/<user>` or
 * `/run/media/<user>`; macOS uses `/Volumes`. Windows has drive letters instead of a folder, so it
 * has no roots here: see windows-drives.ts.
 */
export function defaultMountRoots(platform: NodeJS.Platform): MountRoot[] {
  switch (platform) {
    case 'linux':
      return [
        { path: '/media', depth: 2 },
        { path: join('/run', 'media'), depth: 2 },
      ];
    case 'darwin':
      return [{ path: '/Volumes', depth: 1 }];
    default:
      return [];
  }
}
