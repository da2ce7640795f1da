import {
  methodsOf,
  type Input,
  type MethodOf,
  type Output,
  type Role,
  type RoleApi,
} from '../../shared/contract/index.ts';
import { fail, type Result } from '../../shared/result.ts';

/** Sends one call to the main process; in Electron this is `ipcRenderer.invoke` on our channel. */
export type Invoke = (method: string, input: unknown) => Promise<unknown>;

/**
 * Builds the role's API around an invoke function, kept apart from Electron so it runs under
 * plain Node. A method of another role is refused here, before anything crosses to main, so a
 * compromised kiosk page cannot even ask for staff data; main's dispatcher checks again. A
 * rejected invoke (no handler, torn-down window) becomes a value, as every other failure does.
 */
export function createContractApi<R extends Role>(role: R, invoke: Invoke): RoleApi<R> {
  const allowed: readonly string[] = methodsOf(role);
  return {
    role,
    async call<M extends MethodOf<R>>(method: M, input: Input<M>): Promise<Result<Output<M>>> {
      if (typeof method !== 'string' || !allowed.includes(method)) {
        return fail('forbidden', `The ${role} cannot call ${JSON.stringify(method)}.`);
      }
      try {
        return (await invoke(method, input)) as Result<Output<M>>;
      } catch {
        return fail('transport_failed', 'Kuulluksi could not reach its own storage. Please try again.');
      }
    },
  } satisfies RoleApi<R>;
}
