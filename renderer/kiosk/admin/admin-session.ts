import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState, type StateUpdater } from 'preact/hooks';
import type { Api, Input, MethodOf, Output } from '../../../shared/contract/index.ts';
import type { Result } from '../../../shared/result.ts';
import type { AdminDictionary, AdminLanguage } from '../../i18n/admin/index.ts';

type KioskMethod = MethodOf<'kiosk'>;
/** The methods that need an unlocked admin view, i.e. take its token. */
export type AdminMethod = { [M in KioskMethod]: Input<M> extends { token: string } ? M : never }[KioskMethod];
/** The admin methods that only read: they take the token and nothing else. */
type ReadMethod = { [M in AdminMethod]: keyof Input<M> extends 'token' ? M : never }[AdminMethod];

/** One unlocked admin view: its words, and calls that carry its token. */
export type AdminSession = {
  words: AdminDictionary;
  language: AdminLanguage;
  call<M extends AdminMethod>(method: M, input: Omit<Input<M>, 'token'>): Promise<Result<Output<M>>>;
  /** When the last call reached the core, by the page's clock: the core counts idle time from it. */
  lastCallAt(): number;
};

export const AdminSessionContext = createContext<AdminSession | null>(null);

export function useAdminSession(): AdminSession {
  const session = useContext(AdminSessionContext);
  if (!session) throw new Error('useAdminSession outside <AdminSessionContext.Provider>');
  return session;
}

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

/**
 * What a read call brought, or why it did not; `set` takes a fresher copy a save returned, and a
 * read that was under way meanwhile is dropped rather than put back over it. With `refreshMs` it
 * asks again that long after each answer (a page timer, so calls never pile up on a slow core)
 * for as long as the component is shown.
 */
export function useAdminData<M extends ReadMethod>(method: M, refreshMs?: number) {
  const { call } = useAdminSession();
  const [data, setData] = useState<Output<M>>();
  const [problem, setProblem] = useState<string>();
  /** Counts the copies `set` put in, so a read can tell it was overtaken. */
  const saves = useRef(0);
  useEffect(() => {
    let shown = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () => {
      const savesBefore = saves.current;
      void call(method, {} as Omit<Input<M>, 'token'>).then((result) => {
        if (!shown) return;
        if (!result.ok) setProblem(result.error.message);
        else if (saves.current === savesBefore) {
          setData(result.value);
          setProblem(undefined);
        }
        if (refreshMs !== undefined) timer = setTimeout(load, refreshMs);
      });
    };
    load();
    return () => {
      shown = false;
      clearTimeout(timer);
    };
  }, [method, refreshMs]);
  const set = (fresher: StateUpdater<Output<M> | undefined>) => {
    saves.current++;
    setData(fresher);
  };
  return { data, problem, set };
}
