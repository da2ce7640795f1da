import { resolve } from 'node:path';
import { z } from 'zod';
import type { OptionSpec } from './command.ts';

/** Flags and checks several commands share. */
export const dataOption: OptionSpec = {
  type: 'string',
  value: 'DIR',
  description: 'the data folder (created by first use)',
};

export const requiredPath = (flag: string) =>
  z
    .string({ error: `--${flag} is required` })
    .min(1, `--${flag} must not be empty`)
    .transform((path) => resolve(path));
