import { Card } from '../../../../components/Card/index.tsx';
import { Heading, Hint, Section, Warning } from '../../../../components/FormLayout/index.tsx';
import { Alert } from '../../../../components/Notice/index.tsx';
import { formatDay } from '../../../../i18n/format-day.ts';
import { useAdminData } from '../../useAdminData.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import { isKeyAlarm } from '../../lan/lan-lines.ts';
import { ChangeLog } from '../ChangeLog/index.tsx';
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
  const { data: lan } = useAdminData('admin.lan');
  return (
    <Section aria-labelledby="overview-title" aria-busy={status === undefined && !problem}>
      <Heading id="overview-title">{words.sections.overview}</Heading>
      {problem && <Alert>{problem}</Alert>}
      {lan && isKeyAlarm(lan) && (
        <p role="alert" class={styles.alarm}>
          {words.lan.overviewAlarm}
        </p>
      )}
      {status && (
        <Card>
          <p class={styles.today}>{words.answersToday(status.answersToday)}</p>
          <p class={styles.line}>
            {status.pendingAnswers === 0
              ? words.nothingWaiting
              : words.waitingForExport(status.pendingAnswers)}
          </p>
          {status.oldestPendingDay && (
            <p class={styles.line}>{words.oldestWaiting(formatDay(status.oldestPendingDay, language))}</p>
          )}
          {status.exportOverdue && <Warning class={styles.line}>{words.exportOverdue}</Warning>}
          {status.pendingAnswers > 0 && usb && usb.sticks.length > 0 && (
            <p class={styles.line}>{words.stickWaiting}</p>
          )}
          {status.storageProblem && (
            <Warning class={styles.line}>{words.storageProblem(status.storageProblem)}</Warning>
          )}
          {status.storeSetAsideOn.length > 0 && (
            <Warning class={styles.line}>
              {words.storeSetAside(status.storeSetAsideOn.map((day) => formatDay(day, language)).join(', '))}
            </Warning>
          )}
          <Hint>{words.kioskCode(status.kioskId)}</Hint>
        </Card>
      )}
      <ChangeLog />
    </Section>
  );
}
