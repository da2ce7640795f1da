import type { z } from 'zod';

/** An option as the help text and the flag parser (parse-flags.ts) both need it. */
export type OptionSpec = {
  type: 'string' | 'boolean';
  value?: string;
  description: string;
  /** A string flag that may be given more than once; its values arrive as a list, in order. */
  multiple?: boolean;
};

/**
 * One `kuulluksi` command. Flags are parsed strictly (an unknown or repeated flag is an error),
 * then the values go through `schema`, so `run` only ever sees checked input.
 */
export type Command<S extends z.ZodType = z.ZodType> = {
  name: string;
  summary: string;
  options: Record<string, OptionSpec>;
  /** Name of the positional arguments, when the command takes any (e.g. "PATH..."). */
  positionals?: string;
  schema: S;
  run(args: z.output<S>): Promise<void>;
};

export function defineCommand<S extends z.ZodType>(command: Command<S>): Command<S> {
  return command;
}

export function helpText(command: Command): string {
  const flags = Object.entries(command.options).map(([name, spec]) => {
    const usage = spec.type === 'string' ? `--${name} ${spec.value ?? 'VALUE'}` : `--${name}`;
    const again = spec.multiple ? ' (may be given more than once)' : '';
    return `  ${usage.padEnd(26)} ${spec.description}${again}`;
  });
  return [
    `Usage: kuulluksi ${command.name}${command.positionals ? ` [options] ${command.positionals}` : ' [options]'}`,
    '',
    command.summary,
    '',
    'Options:',
    ...flags,
    `  ${'--help'.padEnd(26)} show this help`,
  ].join('\n');
}
