import { z } from 'zod';
import { noInput, roles, type MethodDefinition } from './method.ts';

/** What any window may ask before it knows anything else. */
export const sessionMethods = {
  'session.describe': {
    roles: ['kiosk', 'staff'],
    input: noInput,
    output: z.strictObject({ role: z.enum(roles) }),
  },
} as const satisfies Record<string, MethodDefinition>;
