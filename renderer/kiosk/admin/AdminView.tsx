import { useEffect, useState } from 'preact/hooks';
import type { Output } from '../../../shared/contract.ts';
import type { Language } from '../../../shared/languages.ts';
import { useApi } from '../../api/context.ts';
import type { Dictionary } from '../../i18n/fi.ts';
import { formatDay } from '../../i18n/format-day.ts';
import { AdminPanel } from './AdminPanel.tsx';
import styles from './style.module.css';

type Props = {
  words: Dictionary['admin'];
  language: Language;
  token: string;
  onClose(): void;
  /** The core ended the session (idle too long, or the PIN was reset): back to the client's screen. */
  onExpired(): void;
};

/**
 * What reception sees once unlocked: how many answers wait for export and since when, and whether
 * the kiosk can store answers at all. By design there is nothing here about any single answer.
 */
export function AdminView({ words, language, token, onClose, onExpired }: Props) {
  const api = useApi<'kiosk'>();
  const [status, setStatus] = useState<Output<'admin.status'>>();

  useEffect(() => {
    void api.call('admin.status', { token }).then((result) => (result.ok ? setStatus(result.value) : onExpired()));
  }, [token]);

  return (
    <AdminPanel busy={status === undefined}>
      <h1 class={styles.title}>{words.viewTitle}</h1>
      {status && (
        <section class={styles.status} aria-label={words.viewTitle}>
          <p>{status.pendingAnswers === 0 ? words.nothingWaiting : words.waitingForExport(status.pendingAnswers)}</p>
          {status.oldestPendingDay && <p>{words.oldestWaiting(formatDay(status.oldestPendingDay, language))}</p>}
          {status.exportOverdue && <p class={styles.warning}>{words.exportOverdue}</p>}
          {status.storageProblem && <p class={styles.warning}>{words.storageProblem(status.storageProblem)}</p>}
          {status.storeSetAsideOn.length > 0 && (
            <p class={styles.warning}>{words.storeSetAside(status.storeSetAsideOn.map((day) => formatDay(day, language)).join(', '))}</p>
          )}
        </section>
      )}
      <p class={styles.note}>{words.locksItself}</p>
      <button type="button" class={styles.secondary} onClick={onClose}>
        {words.close}
      </button>
    </AdminPanel>
  );
}
