import type { Api, Role } from '../../shared/contract/index.ts';
import { fail, type Result } from '../../shared/result.ts';

/**
 * The contract over HTTP to `electron/host`, for a plain browser. Any failure to reach the host
 * becomes a `transport_failed` result, never a thrown error, so a screen can always say so.
 */
export function createHttpApi<R extends Role>(): Api<R> {
  return {
    async call(method, input) {
      try {
        const response = await fetch(`/api/${method}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(input),
        });
        return (await response.json()) as Result<never>;
      } catch {
        return fail('transport_failed', 'The kiosk service could not be reached.');
      }
    },
  };
}
