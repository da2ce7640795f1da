import { formatDay } from '../../../i18n/format-day.ts';
import { useAdminData, useAdminSession } from '../admin-session.ts';
import form from '../form.module.css';
import { ChangeLog } from './ChangeLog.tsx';
import styles from './style.module.css';

/**
 * Counts and days only: today's answers as one number, what waits for export (and that a stick
 * is in to take it), whether the kiosk can store at all, and what reception changed; and the kiosk's code, which staff compare before
 * they accept its first batches. Never an answer, a value or a comment.
 */
export function Overview() {
  const { words, language } = useAdminSession();
  const { data: status, problem } = useAdminData('admin.status');
  const { data: usb } = useAdminData('admin.sticks');
  return (
    <section
      class={form.section}
      aria-labelledby="overview-title"
      aria-busy={status === undefined && !problem}
    >
      <h2 id="overview-title" class={form.heading}>
        {words.sections.overview}
      </h2>
      {problem && (
        <p role="alert" class={form.problem}>
          {problem}
        </p>
      )}
      {status && (
        <div class={form.card}>
          <p class={styles.today}>{words.answersToday(status.answersToday)}</p>
          <p class={styles.line}>
            {status.pendingAnswers === 0
              ? words.nothingWaiting
              : words.waitingForExport(status.pendingAnswers)}
          </p>
          {status.oldestPendingDay && (
            <p class={styles.line}>{words.oldestWaiting(formatDay(status.oldestPendingDay, language))}</p>
          )}
          {status.exportOverdue && <p class={`${styles.line} ${form.warning}`}>{words.exportOverdue}</p>}
          {status.pendingAnswers > 0 && usb && usb.sticks.length > 0 && (
            <p class={styles.line}>{words.stickWaiting}</p>
          )}
          {status.storageProblem && (
            <p class={`${styles.line} ${form.warning}`}>{words.storageProblem(status.storageProblem)}</p>
          )}
          {status.storeSetAsideOn.length > 0 && (
            <p class={`${styles.line} ${form.warning}`}>
              {words.storeSetAside(status.storeSetAsideOn.map((day) => formatDay(day, language)).join(', '))}
            </p>
          )}
          <p class={form.hint}>{words.kioskCode(status.kioskId)}</p>
        </div>
      )}
      <ChangeLog />
    </section>
  );
}
