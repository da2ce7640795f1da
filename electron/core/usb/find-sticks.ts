import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { MountRoot } from './mount-roots.ts';

/** The folder on a stick that kiosks export into, and whose presence starts an export by itself. */
export const exportFolderName = 'Kuulluksi';

export type Stick = {
  /** The drive's root folder, e.g. /media/reception/KINGSTON or E:\. */
  path: string;
  /** What reception sees on the drive's label. */
  label: string;
  /** The stick carries a `Kuulluksi` folder: staff prepared it, so exporting needs no tap. */
  prepared: boolean;
};

/**
 * The drives mounted below the given roots, plus any drive roots named directly (Windows drive
 * letters). Symbolic links are skipped: macOS lists the system disk in /Volumes as one.
 */
export async function findSticks(
  roots: readonly MountRoot[],
  driveRoots: readonly string[] = [],
): Promise<Stick[]> {
  const found = [...driveRoots];
  for (const root of roots) found.push(...(await foldersAtDepth(root.path, root.depth)));
  const sticks = await Promise.all(found.map(describeStick));
  return sticks.filter((stick) => stick !== undefined).sort((a, b) => a.path.localeCompare(b.path));
}

async function foldersAtDepth(folder: string, depth: number): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((): Dirent[] => []);
  const children = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => join(folder, entry.name));
  if (depth === 1) return children;
  return (await Promise.all(children.map((child) => foldersAtDepth(child, depth - 1)))).flat();
}

async function describeStick(path: string): Promise<Stick | undefined> {
  // A drive may vanish between listing and looking; then it is simply not there.
  const root = await stat(path).catch(() => undefined);
  if (!root?.isDirectory()) return undefined;
  const folder = await stat(join(path, exportFolderName)).catch(() => undefined);
  return { path, label: basename(path) || path, prepared: folder?.isDirectory() ?? false };
}
