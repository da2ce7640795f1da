import { useState } from 'preact/hooks';
import type { Result } from '../../../shared/result.ts';
import { useAdminSession } from './admin-session.ts';
import styles from './form.module.css';

export type Outcome = { tone: 'done' | 'problem'; message: string } | undefined;

/**
 * What came of the last save, in live regions that are always present (so a screen reader hears
 * the change): a quiet status when it worked, an alert when it did not. Placed in a row of
 * buttons (`form.actions`), where it stands beside the button that saved and, while empty,
 * takes no room.
 */
export function Notice({ outcome }: { outcome: Outcome }) {
  return (
    <div class={styles.notice}>
      <p role="status" class={styles.done}>
        {outcome?.tone === 'done' ? outcome.message : ''}
      </p>
      <p role="alert" class={styles.problem}>
        {outcome?.tone === 'problem' ? outcome.message : ''}
      </p>
    </div>
  );
}

/**
 * One save at a time and its outcome. A refusal shows the core's own sentence, which names what
 * was wrong; the core changed nothing, and the form keeps what was typed so it can be fixed.
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
