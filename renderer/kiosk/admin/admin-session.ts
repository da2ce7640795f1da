import { createContext } from 'preact';
import type { Api, Input, MethodOf, Output } from '../../../shared/contract/index.ts';
import type { Result } from '../../../shared/result.ts';
import type { AdminDictionary, AdminLanguage } from '../../i18n/admin/index.ts';

type KioskMethod = MethodOf<'kiosk'>;
/** The methods that need an unlocked admin view, i.e. take its token. */
export type AdminMethod = { [M in KioskMethod]: Input<M> extends { token: string } ? M : never }[KioskMethod];
/** The admin methods that only read: they take the token and nothing else. */
export type ReadMethod = { [M in AdminMethod]: keyof Input<M> extends 'token' ? M : never }[AdminMethod];

/** One unlocked admin view: its words, and calls that carry its token. */
export type AdminSession = {
  words: AdminDictionary;
  language: AdminLanguage;
  call<M extends AdminMethod>(method: M, input: Omit<Input<M>, 'token'>): Promise<Result<Output<M>>>;
  /** When the last call reached the core, by the page's clock: the core counts idle time from it. */
  lastCallAt(): number;
};

export const AdminSessionContext = createContext<AdminSession | null>(null);

/**
 * Calls with the view's token. The core refuses an expired token as `forbidden`; then the view
 * is gone for good, so the person is taken back to the client's screen instead of being shown
 * an error they cannot act on.
 */
export function createAdminSession(
  api: Api<'kiosk'>,
  token: string,
  words: AdminDictionary,
  language: AdminLanguage,
  onExpired: () => void,
): AdminSession {
  let lastCall = performance.now();
  return {
    words,
    language,
    async call(method, input) {
      lastCall = performance.now();
      const result = await api.call(method, { ...input, token } as Input<typeof method>);
      if (!result.ok && result.error.code === 'forbidden') onExpired();
      return result as Result<Output<typeof method>>;
    },
    lastCallAt: () => lastCall,
  };
}
