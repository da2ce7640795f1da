import { useRef, useState } from 'preact/hooks';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Heading, Hint, Section } from '../../../components/FormLayout/index.tsx';
import { Alert, Notice, type Outcome } from '../../../components/Notice/index.tsx';
import { formatDay } from '../../../i18n/format-day.ts';
import { useStaff } from '../../useStaff.ts';
import { useStaffData } from '../../useStaffData.ts';
import { ApproveKiosk } from '../ApproveKiosk/index.tsx';
import styles from './style.module.css';

/**
 * The kiosks batches came from: their codes, whether they count, and what each has waiting.
 * A kiosk is approved only after staff compared its code with the kiosk's own admin screen.
 */
export function KiosksSection() {
  const { api, words, language } = useStaff();
  const { data, problem, reload } = useStaffData('staff.kiosks');
  const [confirming, setConfirming] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const heading = useRef<HTMLHeadingElement>(null);

  /** Back to the list, with focus on its heading rather than lost with the confirmation. */
  function closeConfirmation() {
    setConfirming(undefined);
    heading.current?.focus();
  }

  async function approve(kioskId: string) {
    const result = await api.call('staff.approveKiosk', { kioskId });
    closeConfirmation();
    if (!result.ok) return setOutcome({ tone: 'problem', message: words.notDone(result.error.message) });
    setOutcome({
      tone: 'done',
      message: words.approvedDone(kioskId, result.value.releasedBatches, result.value.releasedAnswers),
    });
    reload();
  }

  return (
    <Section aria-labelledby="kiosks-title" aria-busy={data === undefined && !problem}>
      <Heading id="kiosks-title" tabIndex={-1} ref={heading}>
        {words.sections.kiosks}
      </Heading>
      <Hint>{words.kiosksIntro}</Hint>
      {problem && <Alert>{problem}</Alert>}
      {data && data.kiosks.length === 0 && <Card as="p">{words.noKiosks}</Card>}
      {data && data.kiosks.length > 0 && (
        <table class={styles.table} aria-labelledby="kiosks-title">
          <thead>
            <tr>
              <th scope="col">{words.kioskCode}</th>
              <th scope="col">{words.firstSeen}</th>
              <th scope="col">{words.kioskState}</th>
              <th scope="col">{words.heldBatches}</th>
              <th scope="col">{words.heldAnswers}</th>
              <th scope="col">{words.actions}</th>
            </tr>
          </thead>
          <tbody>
            {data.kiosks.map((kiosk) => (
              <tr key={kiosk.kioskId}>
                <th scope="row" class={styles.code}>
                  {kiosk.kioskId}
                </th>
                <td>
                  {kiosk.firstSeenDay === null ? words.unknownDay : formatDay(kiosk.firstSeenDay, language)}
                </td>
                <td>{kiosk.approved ? words.approvedState : <strong>{words.waitingState}</strong>}</td>
                <td class={styles.number}>{kiosk.heldBatches}</td>
                <td class={styles.number}>{kiosk.heldAnswers}</td>
                <td>
                  {!kiosk.approved && (
                    <Button
                      look="primary"

                      aria-label={`${words.approve} ${kiosk.kioskId}`}
                      disabled={confirming !== undefined}
                      onClick={() => {
                        setOutcome(undefined);
                        setConfirming(kiosk.kioskId);
                      }}
                    >
                      {words.approve}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <ApproveKiosk
          kioskId={confirming}
          onApprove={() => void approve(confirming)}
          onCancel={closeConfirmation}
        />
      )}
      <Notice outcome={outcome} />
    </Section>
  );
}
