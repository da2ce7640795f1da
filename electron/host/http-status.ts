import type { ErrorCode } from '../../shared/result.ts';

/** The HTTP status that goes with a failed result; the body always carries the Result itself. */
export const httpStatusOf: Record<ErrorCode, number> = {
  bad_request: 400,
  forbidden: 403,
  unknown_method: 404,
  not_found: 404,
  conflict: 409,
  // Closed for now, open again later: what 503 means.
  closed: 503,
  not_ready: 503,
  storage_failed: 507,
  transport_failed: 502,
  internal: 500,
};
