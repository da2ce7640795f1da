import type { ErrorCode } from '../../shared/result.ts';

/**
 * A failure a person can act on. Core code throws it with a sentence meant for the reader; the
 * dispatcher and the CLI turn it into a result or a one-line message. Anything else that is
 * thrown is a bug and is reported as `internal`.
 */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }
}
