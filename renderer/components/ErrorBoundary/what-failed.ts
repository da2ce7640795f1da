/**
 * The sentence a thrown value carries, to show to staff as it is: an Error's message, or the
 * message of an error-like object, or the value itself written out.
 */
export function whatFailed(error: unknown): string {
  if (error instanceof Error) return error.message.trim() || error.name;
  if (typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string')
    return error.message;
  return String(error);
}
