import type { OptionSpec } from './command.ts';

export type ParsedFlags = { values: Record<string, string | boolean | string[]>; positionals: string[] };
export type FlagsResult = { ok: true; flags: ParsedFlags } | { ok: false; message: string };

/**
 * Reads a command's arguments against its options, with a sentence of our own for every mistake,
 * naming the flag. node:util's parseArgs was used before: it answered `--retention-days -5`
 * with a three-line message about ambiguity, and took the last of `--data a --data b` without a
 * word, so a script could write into a folder it did not mean.
 *
 * A flag that takes a value takes the next argument even when it starts with a dash and a digit
 * (`-5`), so the value's own check can say what is allowed; one that looks like a flag
 * (`--port`, `-x`) is not taken, so a forgotten value cannot swallow the next flag. `--name=value`
 * always gives the value. After `--`, everything is a name of a file or folder. Only a flag made to
 * be given more than once (`multiple`, e.g. `--listen`) may repeat; its values come as a list.
 */
export function parseFlags(
  args: readonly string[],
  options: Readonly<Record<string, OptionSpec>>,
  takesPositionals: boolean,
): FlagsResult {
  const values: ParsedFlags['values'] = {};
  const positionals: string[] = [];
  const refuse = (message: string): FlagsResult => ({ ok: false, message });

  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!looksLikeFlag(arg)) {
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.startsWith('--') ? arg.slice(2, equals === -1 ? undefined : equals) : '';
    const spec = Object.hasOwn(options, name) ? options[name] : undefined;
    if (spec === undefined) return refuse(`Unknown option '${equals === -1 ? arg : arg.slice(0, equals)}'`);
    if (Object.hasOwn(values, name) && !spec.multiple)
      return refuse(`--${name} is given twice; give it once`);
    if (spec.type === 'boolean') {
      if (equals !== -1) return refuse(`--${name} takes no value; write just --${name}`);
      values[name] = true;
      continue;
    }
    let value: string;
    if (equals !== -1) {
      value = arg.slice(equals + 1);
    } else {
      const next = args[i + 1];
      if (next === undefined || looksLikeFlag(next))
        return refuse(`--${name} needs a value: --${name} ${spec.value ?? 'VALUE'}`);
      value = next;
      i++;
    }
    values[name] = spec.multiple ? [...((values[name] as string[] | undefined) ?? []), value] : value;
  }

  if (positionals.length > 0 && !takesPositionals)
    return refuse(`unexpected argument "${positionals[0]}": this command takes only options`);
  return { ok: true, flags: { values, positionals } };
}

/** `--name`, `--name=value` or `-x`; a lone `-` and a negative number such as `-5` are values. */
function looksLikeFlag(arg: string): boolean {
  return arg.startsWith('--') ? arg.length > 2 : /^-[^\d.]/.test(arg);
}
