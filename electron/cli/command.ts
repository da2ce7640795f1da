import type { z } from 'zod';

/** An option as the help text and the flag parser (parse-flags.ts) both need it. */
export type OptionSpec = { type: 'string' | 'boolean'; value?: string; description: string };

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
    return `  ${usage.padEnd(26)} ${spec.description}`;
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
