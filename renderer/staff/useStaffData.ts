import { useEffect, useState } from 'preact/hooks';
import type { Input, MethodOf, Output } from '../../shared/contract/index.ts';
import type { Result } from '../../shared/result.ts';
import { useStaff } from './useStaff.ts';

/** The staff methods that only read and take no input. */
type ReadMethod =
  'staff.keys' | 'staff.sticks' | 'staff.kiosks' | 'staff.lan' | 'staff.lanSetting' | 'staff.lanAddresses';

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
