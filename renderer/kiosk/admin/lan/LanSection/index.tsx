import { useEffect, useState } from 'preact/hooks';
import { Button } from '../../../../components/Button/index.tsx';
import { Card } from '../../../../components/Card/index.tsx';
import {
  Actions,
  Heading,
  Hint,
  Section,
  Subheading,
  Warning,
} from '../../../../components/FormLayout/index.tsx';
import { Alert } from '../../../../components/Notice/index.tsx';
import { useAdminData } from '../../useAdminData.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import { LanCodes } from '../LanCodes/index.tsx';
import { LanFind } from '../LanFind/index.tsx';
import { LanPaired } from '../LanPaired/index.tsx';
import { waitingLines } from '../lan-lines.ts';
import styles from './style.module.css';

/** How often the section asks again; while staff decide, each ask also reaches the staff PC. */
const pollMs = 2_000;

/**
 * Sending answers to the staff PC over the network: choosing it and comparing codes, waiting for
 * staff to approve, then what was sent and what waits. Counts only, never an answer.
 */
export function LanSection() {
  const { words } = useAdminSession();
  const [choosing, setChoosing] = useState(false);
  const [method, setMethod] = useState<'admin.lan' | 'admin.lanPairing'>('admin.lan');
  const { data: status, problem, set } = useAdminData(method, pollMs);
  // While staff decide, each ask reaches the staff PC; otherwise the kiosk reads only its own.
  const wanted = status?.state === 'waiting' ? 'admin.lanPairing' : 'admin.lan';
  useEffect(() => setMethod(wanted), [wanted]);
  const paired = status?.state === 'paired' || status?.state === 'key-changed';

  return (
    <Section aria-labelledby="lan-title" aria-busy={status === undefined && !problem}>
      <Heading id="lan-title">{words.sections.lan}</Heading>
      <Hint>{words.lan.note}</Hint>
      {problem && <Alert>{problem}</Alert>}
      {status && !choosing && paired && (
        <LanPaired status={status} onStatus={(fresh) => set(fresh)} onPairAgain={() => setChoosing(true)} />
      )}
      {status && !choosing && status.state === 'waiting' && (
        <Card class={styles.waiting} role="status">
          <Subheading level={3}>{words.lan.waitingTitle}</Subheading>
          <p class={styles.line}>{words.lan.waitingNote}</p>
          {status.problem && <Warning>{words.lan.problem(status.problem.kind, status.problem.code)}</Warning>}
          {status.receiver && (
            <LanCodes
              receiverCode={status.receiver.code}
              staffKeyCodes={status.staffKeyCodes}
              kioskCode={status.kioskCode}
            />
          )}
        </Card>
      )}
      {status && (choosing || status.state === 'not-paired' || status.state === 'forgotten-by-staff') && (
        <>
          {(status.state === 'forgotten-by-staff' || status.waitingAnswers + status.waitingBatches > 0) &&
            waitingLines(status, words.lan).map((line) => (
              <p key={line} class={styles.line}>
                {line}
              </p>
            ))}
          <LanFind
            onStarted={(fresh) => {
              set(fresh);
              setChoosing(false);
            }}
          />
          {choosing && (
            <Actions>
              <Button look="secondary" onClick={() => setChoosing(false)}>
                {words.cancel}
              </Button>
            </Actions>
          )}
        </>
      )}
    </Section>
  );
}
