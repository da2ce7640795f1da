import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Api, Input, MethodOf, Output } from '../../shared/contract/index.ts';
import type { Result } from '../../shared/result.ts';
import type { StaffDictionary, StaffLanguage } from '../i18n/staff/index.ts';

/** What every staff screen needs: the contract, and the words in the language chosen. */
export type Staff = { api: Api<'staff'>; words: StaffDictionary; language: StaffLanguage };

export const StaffContext = createContext<Staff | null>(null);

export function useStaff(): Staff {
  const staff = useContext(StaffContext);
  if (!staff) throw new Error('useStaff outside <StaffContext.Provider>');
  return staff;
}

/** The staff methods that only read and take no input. */
type ReadMethod = 'staff.keys' | 'staff.report' | 'staff.sticks' | 'staff.kiosks';

/**
 * What a read call brought, or the sentence saying why it did not. `reload` asks again (after an
 * import or an approval changed it); with `refreshMs` it also asks again that long after each
 * answer, for as long as the screen is shown (sticks come and go).
 */
export function useStaffData<M extends ReadMethod & MethodOf<'staff'>>(method: M, refreshMs?: number) {
  const { api } = useStaff();
  const [data, setData] = useState<Output<M>>();
  const [problem, setProblem] = useState<string>();
  const [asked, setAsked] = useState(0);
  useEffect(() => {
    let shown = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = () =>
      void api.call(method, {} as Input<M>).then((result: Result<Output<M>>) => {
        if (!shown) return;
        if (result.ok) {
          setData(result.value);
          setProblem(undefined);
        } else setProblem(result.error.message);
        if (refreshMs !== undefined) timer = setTimeout(load, refreshMs);
      });
    load();
    return () => {
      shown = false;
      clearTimeout(timer);
    };
  }, [method, refreshMs, asked]);
  return { data, problem, reload: () => setAsked((count) => count + 1) };
}
