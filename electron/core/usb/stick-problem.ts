import type { StickProblem } from '../../../shared/stick-problems.ts';
import { AppError } from '../errors.ts';
import { NotReadBackError } from '../fs/write-file-durably.ts';

/** The system error codes an export may meet, by what reception can do about them. */
const problemOfSystemCode = new Map<unknown, StickProblem>([
  ['ENOENT', 'removed'],
  ['ENODEV', 'removed'],
  ['ENXIO', 'removed'],
  ['ENOSPC', 'full'],
  ['EDQUOT', 'full'],
  ['EROFS', 'read-only'],
  ['EACCES', 'read-only'],
  ['EPERM', 'read-only'],
]);

/** Sorts an export's failure into what the admin view tells reception (shared/stick-problems.ts). */
export function stickProblemOf(error: unknown): StickProblem {
  if (error instanceof NotReadBackError) return 'not-verified';
  if (error instanceof AppError && error.code === 'not_ready') return 'not-paired';
  if (error instanceof AppError && error.code === 'conflict') return 'busy';
  if (error instanceof AppError && error.code === 'not_found') return 'removed';
  // An AppError's own code is ours; the system's code is on the error it wraps.
  const systemError = error instanceof AppError ? error.cause : error;
  return (
    problemOfSystemCode.get((systemError as { code?: unknown } | null | undefined)?.code) ?? 'write-error'
  );
}
