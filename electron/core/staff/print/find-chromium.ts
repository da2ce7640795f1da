import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { AppError } from '../../errors.ts';

/** The names Chromium goes by on Debian, Ubuntu and Google's own packages, in that order. */
export const chromiumNames = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
] as const;

/** The environment variable naming a Chromium to use instead of one found on PATH. */
export const chromiumVariable = 'KUULLUKSI_CHROMIUM';

/** Whether a file can be run; a seam so the search can be tested on any machine. */
export type IsExecutable = (file: string) => boolean;

export const isExecutableFile: IsExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The Chromium that prints the staff's PDFs: the one KUULLUKSI_CHROMIUM names, else the first of
 * `chromiumNames` on PATH. Only a browser already on the computer is used; none is downloaded.
 */
export function findChromium(
  env: Readonly<Record<string, string | undefined>>,
  isExecutable: IsExecutable = isExecutableFile,
): string {
  const named = env[chromiumVariable];
  if (named !== undefined && named !== '') {
    if (isExecutable(named)) return named;
    throw new AppError(
      'not_found',
      `${chromiumVariable} names ${named}, which is not a program that can be run. Set it to the full path of Chromium or Chrome.`,
    );
  }
  const folders = (env.PATH ?? '').split(delimiter).filter((folder) => folder !== '');
  for (const name of chromiumNames) {
    for (const folder of folders) {
      const file = join(folder, name);
      if (isExecutable(file)) return file;
    }
  }
  throw new AppError(
    'not_found',
    `A PDF is printed with Chromium, and none was found (looked for ${chromiumNames.join(', ')} on PATH). ` +
      `Install it (on Debian or Ubuntu: apt-get install chromium), or set ${chromiumVariable} to the full path of Chromium or Chrome.`,
  );
}
