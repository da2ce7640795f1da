import { z } from 'zod';

export const roles = ['kiosk', 'staff'] as const;
export type Role = (typeof roles)[number];

/** One method: which roles may call it, and what goes in and comes out. */
export type MethodDefinition = {
  roles: readonly Role[];
  input: z.ZodType;
  output: z.ZodType;
};

/** The input of a method that takes none, and the output of one that hands nothing back. */
export const noInput = z.strictObject({});
