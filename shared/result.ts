/**
 * The shape every contract call returns, over IPC and over HTTP alike. Failures are values, not
 * thrown exceptions, so a renderer can always show a person something they can act on.
 */

/** Machine-readable failure kinds; the message beside them is the sentence a person reads. */
export type ErrorCode =
  | 'bad_request'
  | 'unknown_method'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  /** The kiosk is outside its opening hours and takes no answers until it opens. */
  | 'closed'
  | 'not_ready'
  | 'storage_failed'
  | 'transport_failed'
  | 'internal';

export type ErrorInfo = { code: ErrorCode; message: string };

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

export const fail = (code: ErrorCode, message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});
