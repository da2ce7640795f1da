import type { Handlers } from '../../dispatch.ts';
import type { KioskLan } from './kiosk-lan.ts';

type LanAdminHandlers = Pick<Handlers<'kiosk'>, 'admin.lan' | 'admin.lanPair' | 'admin.lanPairing'>;

/** Runs a handler only for an open admin session (admin-handlers.ts). */
type WithSession = <I extends { token: string }, O>(work: (input: I) => O) => (input: I) => O;

/** Reception's LAN methods: the status, pairing with a typed address, and how the pairing goes. */
export function lanAdminHandlers(lan: KioskLan, withSession: WithSession): LanAdminHandlers {
  return {
    'admin.lan': withSession(() => lan.status()),
    'admin.lanPair': withSession(async ({ address }) => {
      const hello = await lan.sayHello(address);
      const step = hello.ok ? await lan.requestPairing(hello.hello) : hello;
      if (step.ok) return { started: true as const, status: lan.status() };
      const { failure } = step;
      return {
        started: false as const,
        problem: failure.kind,
        code: failure.kind === 'refused' ? failure.code : null,
      };
    }),
    'admin.lanPairing': withSession(async () => {
      await lan.checkPairing();
      return lan.status();
    }),
  };
}
