#!/usr/bin/env node
/**
 * The `kuulluksi` command. Every command has --help; the exit code is 0 only on success, 1 when
 * the work failed and 2 when the command line was wrong, each with a one-line reason on stderr.
 */
import { helpText, type Command } from './cli/command.ts';
import { kioskConfig } from './cli/kiosk-config.ts';
import { kioskExport } from './cli/kiosk-export.ts';
import { kioskPair } from './cli/kiosk-pair.ts';
import { kioskPush } from './cli/kiosk-push.ts';
import { kioskQuestions } from './cli/kiosk-questions.ts';
import { kioskStatus } from './cli/kiosk-status.ts';
import { parseFlags } from './cli/parse-flags.ts';
import { serve } from './cli/serve.ts';
import { staffApprove } from './cli/staff-approve.ts';
import { staffBackup } from './cli/staff-backup.ts';
import { staffExportIdentity } from './cli/staff-export-identity.ts';
import { staffImport } from './cli/staff-import.ts';
import { staffKiosks } from './cli/staff-kiosks.ts';
import { staffReceive } from './cli/staff-receive.ts';
import { staffProtectKeys } from './cli/staff-protect-keys.ts';
import { staffComments } from './cli/staff-comments.ts';
import { staffReport } from './cli/staff-report.ts';
import { staffRestore } from './cli/staff-restore.ts';
import { staffInit } from './cli/staff-init.ts';
import { AppError } from './core/errors.ts';

const commands: Command[] = [
  serve,
  ...[kioskPair, kioskPush, kioskExport, kioskStatus, kioskConfig, kioskQuestions],
  ...[
    staffInit,
    staffBackup,
    staffRestore,
    staffProtectKeys,
    staffExportIdentity,
    staffImport,
    staffKiosks,
    staffApprove,
    staffReceive,
    staffReport,
    staffComments,
  ],
];

const usageError = 2;
const failure = 1;

export async function main(argv: readonly string[]): Promise<number> {
  const command = commands.find((candidate) =>
    candidate.name.split(' ').every((word, i) => argv[i] === word),
  );
  if (!command) return printOverview(argv);
  const rest = argv.slice(command.name.split(' ').length);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(helpText(command) + '\n');
    return 0;
  }

  const parsed = parseFlags(rest, command.options, command.positionals !== undefined);
  if (!parsed.ok) return complain(`${parsed.message} (see kuulluksi ${command.name} --help)`, usageError);
  const args = command.schema.safeParse({ ...parsed.flags.values, positionals: parsed.flags.positionals });
  if (!args.success) {
    return complain(
      `${args.error.issues.map((issue) => issue.message).join('; ')} (see kuulluksi ${command.name} --help)`,
      usageError,
    );
  }

  try {
    await command.run(args.data);
    return 0;
  } catch (error) {
    if (error instanceof AppError) return complain(error.message, failure);
    return complain(
      `unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      failure,
    );
  }
}

function printOverview(argv: readonly string[]): number {
  const asked = argv.length === 0 || ['--help', '-h', 'help'].includes(argv[0]!);
  const group = commands.filter((command) => command.name.startsWith(`${argv[0]} `));
  const listed = group.length > 0 ? group : commands;
  const text = [
    'Usage: kuulluksi COMMAND [options]   (kuulluksi COMMAND --help for its options)',
    '',
    ...listed.map(
      (command) => `  ${command.name.padEnd(24)} ${command.summary.split('. ')[0]!.replace(/\.$/, '')}`,
    ),
  ].join('\n');
  const knownGroup = group.length > 0 && (argv[1] === undefined || argv[1] === '--help' || argv[1] === '-h');
  if (asked || knownGroup) {
    process.stdout.write(text + '\n');
    return asked || argv[1] !== undefined ? 0 : usageError;
  }
  process.stderr.write(text + '\n');
  return complain(`unknown command "${argv.join(' ')}"`, usageError);
}

function complain(message: string, code: number): number {
  process.stderr.write(`kuulluksi: ${message}\n`);
  return code;
}

process.exitCode = await main(process.argv.slice(2));
