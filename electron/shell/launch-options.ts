import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { roles, type Role } from '../../shared/contract/index.ts';
import { fail, ok, type Result } from '../../shared/result.ts';

export type LaunchOptions = { role: Role; dataDir: string };

/** The flags we own. Anything else on the command line belongs to Chromium or Electron. */
const flagSchemas = {
  '--role': z.enum(roles, { error: 'must be kiosk or staff' }),
  '--data': z
    .string()
    .min(1, { error: 'must name a folder' })
    .refine(isAbsolute, {
      error: 'must be an absolute path, because a kiosk shortcut starts in no known folder',
    })
    .refine((value) => !value.includes('\0'), { error: 'must not contain a NUL character' }),
} as const;

type Flag = keyof typeof flagSchemas;

const isFlag = (name: string): name is Flag => Object.hasOwn(flagSchemas, name);

/**
 * Reads `--role=kiosk|staff` (default kiosk) and `--data=DIR` (default `<userData>/data`) from
 * the process arguments. A machine set up as a kiosk is started by a shortcut or a shell launcher
 * that nobody watches, so a typo must stop the app with a sentence naming the flag rather than
 * quietly open the wrong role or an empty data folder.
 */
export function resolveLaunchOptions(argv: readonly string[], userDataDir: string): Result<LaunchOptions> {
  const given = new Map<Flag, string>();
  for (const arg of argv) {
    const equals = arg.indexOf('=');
    const name = equals === -1 ? arg : arg.slice(0, equals);
    if (!isFlag(name)) continue;
    if (equals === -1) return fail('bad_request', `${name} needs a value, written as ${name}=VALUE.`);
    if (given.has(name)) return fail('bad_request', `${name} is given more than once.`);
    given.set(name, arg.slice(equals + 1));
  }

  const role = parseFlag('--role', given.get('--role') ?? 'kiosk');
  if (!role.ok) return role;
  const dataDir = parseFlag('--data', given.get('--data') ?? join(userDataDir, 'data'));
  if (!dataDir.ok) return dataDir;
  return ok({ role: role.value, dataDir: dataDir.value });
}

function parseFlag<F extends Flag>(flag: F, value: string): Result<z.output<(typeof flagSchemas)[F]>> {
  const parsed = flagSchemas[flag].safeParse(value);
  if (parsed.success) return ok(parsed.data as z.output<(typeof flagSchemas)[F]>);
  const reason = parsed.error.issues[0]?.message ?? 'is not valid';
  return fail('bad_request', `${flag} ${reason} (got ${JSON.stringify(value)}).`);
}
