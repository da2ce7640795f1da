import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Output } from '../../../shared/contract/index.ts';
import { exportFolderName, type Stick } from '../usb/find-sticks.ts';

/**
 * The sticks plugged into the staff PC as the staff screen offers them: the `Kuulluksi` folder
 * kiosks export into, when there is one, to import from; and on the first run, names for the
 * key backup and the public key file that are free on the stick, so staff need not type a path.
 */
export async function describeStaffSticks(sticks: readonly Stick[]): Promise<Output<'staff.sticks'>> {
  return {
    sticks: await Promise.all(
      sticks.map(async ({ path, label, prepared }) => ({
        path,
        label,
        importFolder: prepared ? join(path, exportFolderName) : null,
        suggestedBackupFile: await freeName(path, 'kuulluksi-staff-key-backup', '.age'),
        suggestedPublicKeyFile: await freeName(path, 'kuulluksi-staff-key', '.json'),
      })),
    ),
  };
}

/** `NAME.ext`, or `NAME-2.ext` and on, the first that is not on the stick yet (a file is never overwritten). */
async function freeName(folder: string, name: string, extension: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = join(folder, `${name}${n === 1 ? '' : `-${n}`}${extension}`);
    if (!(await stat(candidate).catch(() => undefined))) return candidate;
  }
}
