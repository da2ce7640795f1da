/**
 * The one place a method is named. Each entry says which roles may call it and what goes in and
 * out; the IPC and HTTP transports, the core's dispatcher and the renderer's types all derive from
 * this object, so adding a method means adding one entry to its namespace's file beside this one
 * (kiosk.ts, admin.ts, staff.ts, session.ts) and one handler in core.
 *
 * The renderer imports this folder for its types only, which keeps zod out of the kiosk bundle.
 */
import type { z } from 'zod';
import type { Result } from '../result.ts';
import { adminMethods } from './admin.ts';
import { kioskMethods } from './kiosk.ts';
import type { Role } from './method.ts';
import { sessionMethods } from './session.ts';
import { staffMethods } from './staff.ts';

export { roles, type Role } from './method.ts';
export { reportSchema, type Report } from './staff.ts';

export const contract = { ...sessionMethods, ...kioskMethods, ...adminMethods, ...staffMethods };

export type Contract = typeof contract;
export type MethodName = keyof Contract;

/** The methods a role may call. */
export type MethodOf<R extends Role> = {
  [M in MethodName]: R extends Contract[M]['roles'][number] ? M : never;
}[MethodName];

export type Input<M extends MethodName> = z.input<Contract[M]['input']>;
export type Output<M extends MethodName> = z.output<Contract[M]['output']>;

/** What a renderer holds: one typed call, whatever carries it (IPC in Electron, HTTP in a browser). */
export interface Api<R extends Role> {
  call<M extends MethodOf<R>>(method: M, input: Input<M>): Promise<Result<Output<M>>>;
}

/** What Electron's preload puts on `window.kuulluksi`: the typed call plus the window's role. */
export type RoleApi<R extends Role> = Api<R> & { role: R };

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.hasOwn(contract, name);
}

/** The method names a role may call, for transports that must list them (the preload). */
export function methodsOf<R extends Role>(role: R): MethodOf<R>[] {
  return (Object.keys(contract) as MethodName[]).filter((name) =>
    (contract[name].roles as readonly Role[]).includes(role),
  ) as MethodOf<R>[];
}
