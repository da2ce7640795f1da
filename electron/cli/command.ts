import type { ParseArgsOptionsConfig } from 'node:util';
import type { z } from 'zod';

/** An option as the help text and node:util parseArgs both need it. */
export type OptionSpec = { type: 'string' | 'boolean'; value?: string; description: string };

/**
 * One `kuulluksi` command. Flags are parsed strictly (an unknown flag is an error), then the
 * values go through `schema`, so `run` only ever sees checked input.
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

export function parseArgsOptions(options: Record<string, OptionSpec>): ParseArgsOptionsConfig {
  return Object.fromEntries(Object.entries(options).map(([name, spec]) => [name, { type: spec.type }]));
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
