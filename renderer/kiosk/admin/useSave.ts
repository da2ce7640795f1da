import { useState } from 'preact/hooks';
import type { Result } from '../../../shared/result.ts';
import type { Outcome } from '../../components/Notice/index.tsx';
import { useAdminSession } from './useAdminSession.ts';

/**
 * One save at a time and its outcome, for a Notice beside the button that saved. A refusal shows
 * the core's own sentence, which names what was wrong; the core changed nothing, and the form
 * keeps what was typed so it can be fixed.
 */
export function useSave() {
  const { words } = useAdminSession();
  const [outcome, setOutcome] = useState<Outcome>();
  const [busy, setBusy] = useState(false);

  async function save<T>(call: Promise<Result<T>>, onDone: (value: T) => string): Promise<boolean> {
    setBusy(true);
    setOutcome(undefined);
    const result = await call;
    setBusy(false);
    setOutcome(
      result.ok
        ? { tone: 'done', message: onDone(result.value) }
        : { tone: 'problem', message: words.notSaved(result.error.message) },
    );
    return result.ok;
  }

  return {
    outcome,
    busy,
    save,
    refuse: (message: string) => setOutcome({ tone: 'problem', message }),
    setOutcome,
  };
}
