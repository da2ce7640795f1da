import { useState } from 'preact/hooks';
import type { LanStatus } from '../../../../../shared/lan-status.ts';
import { Button } from '../../../../components/Button/index.tsx';
import { Card } from '../../../../components/Card/index.tsx';
import { Actions, Subheading } from '../../../../components/FormLayout/index.tsx';
import { Notice, type Outcome } from '../../../../components/Notice/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';
import { formatMinute, isKeyAlarm, waitingLines } from '../lan-lines.ts';
import styles from './style.module.css';

type Props = { status: LanStatus; onStatus(status: LanStatus): void; onPairAgain(): void };

/**
 * The staff PC the kiosk sends to: who and where, when they last got through, what waits and
 * why, and Send now. A changed key is an alarm that says what to do, above everything else;
 * nothing can be sent then, so Send now is not offered.
 */
export function LanPaired({ status, onStatus, onPairAgain }: Props) {
  const { words, language, call } = useAdminSession();
  const [outcome, setOutcome] = useState<Outcome>();
  const alarm = isKeyAlarm(status);

  async function sendNow() {
    setOutcome({ tone: 'working', message: words.lan.sending });
    const result = await call('admin.lanPush', {});
    if (!result.ok) return setOutcome({ tone: 'problem', message: result.error.message });
    onStatus(result.value.status);
    setOutcome({ tone: 'done', message: words.lan.sent(result.value.delivered) });
  }

  return (
    <>
      {alarm && (
        <div role="alert" class={styles.alarm}>
          <p class={styles.alarmTitle}>{words.lan.alarmTitle}</p>
          <p class={styles.alarmText}>{words.lan.alarm}</p>
          <Button look="primary" onClick={onPairAgain}>
            {words.lan.pairAgain}
          </Button>
        </div>
      )}
      <Card class={styles.card}>
        {!alarm && <Subheading level={3}>{words.lan.paired}</Subheading>}
        {status.receiver && (
          <p class={styles.receiver}>{words.lan.pairedTo(status.receiver.name, status.receiver.address)}</p>
        )}
        <p class={styles.line}>
          {status.lastContactAt
            ? words.lan.lastContact(formatMinute(status.lastContactAt, language, words.changeLogAt))
            : words.lan.noContactYet}
        </p>
        {waitingLines(status, words.lan).map((line) => (
          <p key={line} class={styles.line}>
            {line}
          </p>
        ))}
        {!alarm && (
          <Actions>
            <Button look="primary" class={styles.send} onClick={() => void sendNow()}>
              {words.lan.sendNow}
            </Button>
            <Button look="secondary" onClick={onPairAgain}>
              {words.lan.pairAgain}
            </Button>
          </Actions>
        )}
        <Notice outcome={outcome} />
      </Card>
    </>
  );
}
