import { useEffect, useRef, useState, type StateUpdater } from 'preact/hooks';
import type { Input, Output } from '../../../shared/contract/index.ts';
import type { ReadMethod } from './admin-session.ts';
import { useAdminSession } from './useAdminSession.ts';

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
