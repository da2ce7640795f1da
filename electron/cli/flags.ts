import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../core/errors.ts';
import type { OptionSpec } from './command.ts';

/** Flags and checks several commands share. */
export const dataOption: OptionSpec = { type: 'string', value: 'DIR', description: 'the data folder (created by first use)' };

export const requiredPath = (flag: string) =>
  z.string({ error: `--${flag} is required` }).min(1, `--${flag} must not be empty`).transform((path) => resolve(path));

/** For commands that read data which must already be there: a typo must not start a new store. */
export function assertDataExists(dataDir: string, databaseFile: string, setUpWith: string): void {
  if (!existsSync(join(dataDir, databaseFile))) {
    throw new AppError('not_found', `${dataDir} holds no Kuulluksi data yet; set it up with "${setUpWith}" first.`);
  }
}
