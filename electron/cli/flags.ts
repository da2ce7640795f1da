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

/**
 * A whole number from `min` to `max`. Every wrong value gets the one sentence saying what is
 * allowed, with the value given, so `-5`, `2 weeks` and `0` are each answered the same clear way.
 */
export const wholeNumberFlag = (flag: string, { min, max }: { min: number; max: number }) =>
  z.string({ error: `--${flag} is required` }).transform((text, context) => {
    const value = /^\d{1,9}$/.test(text) ? Number(text) : NaN;
    if (value >= min && value <= max) return value;
    context.addIssue({
      code: 'custom',
      message: `--${flag} must be a whole number from ${min} to ${max}, not "${text}"`,
    });
    return z.NEVER;
  });

/** One of a few words, e.g. `--format json|csv`; a wrong one is named beside the choices. */
export const choiceFlag = <const T extends string>(flag: string, choices: readonly T[]) =>
  z.string({ error: `--${flag} is required: ${either(choices)}` }).transform((text, context): T => {
    if ((choices as readonly string[]).includes(text)) return text as T;
    context.addIssue({ code: 'custom', message: `--${flag} must be ${either(choices)}, not "${text}"` });
    return z.NEVER;
  });

const either = (choices: readonly string[]) =>
  choices.length === 1 ? choices[0]! : `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
