import {
  contract,
  isMethodName,
  type Contract,
  type MethodOf,
  type Output,
  type Role,
} from '../../shared/contract/index.ts';
import { fail, ok, type Result } from '../../shared/result.ts';
import type { z } from 'zod';
import { AppError } from './errors.ts';
import { describeIssues } from './schema-errors.ts';
import type { Log } from './log.ts';

/** One function per method the role may call, taking the input after its schema parsed it. */
export type Handlers<R extends Role> = {
  [M in MethodOf<R>]: (input: z.output<Contract[M]['input']>) => Output<M> | Promise<Output<M>>;
};

/** What both transports call with whatever arrived: a method name and an input, both unchecked. */
export type Dispatch = (method: unknown, input: unknown) => Promise<Result<unknown>>;

/**
 * The single gate between a transport and core: the method must exist and belong to this role,
 * the input must parse, and every outcome becomes a Result. Unexpected errors are logged and
 * reported without their details, which may name files or internals a client should not see.
 */
export function createDispatcher<R extends Role>(role: R, handlers: Handlers<R>, log: Log): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return fail('unknown_method', `There is no method called ${JSON.stringify(method)}.`);
    }
    const definition = contract[method];
    if (!(definition.roles as readonly Role[]).includes(role)) {
      return fail('forbidden', `The ${role} cannot call ${method}.`);
    }
    const parsed = definition.input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail('bad_request', `${method}: ${describeIssues(parsed.error)}`);
    }
    const handler = handlers[method as MethodOf<R>] as (input: unknown) => unknown;
    try {
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message);
      log(
        'error',
        `${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return fail('internal', 'Something went wrong inside Kuulluksi. Please try again.');
    }
  };
}
