import { useRef, useState } from 'preact/hooks';
import type { Output } from '../../../../shared/contract/index.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Heading, Hint, Section, Warning } from '../../../components/FormLayout/index.tsx';
import { Alert, Notice, type Outcome } from '../../../components/Notice/index.tsx';
import { formatDay } from '../../../i18n/format-day.ts';
import { formatDayOrMinute } from '../../../i18n/format-minute.ts';
import { useStaff } from '../../useStaff.ts';
import { useStaffData } from '../../useStaffData.ts';
import { ApproveKiosk } from '../ApproveKiosk/index.tsx';
import { PairingRequest } from '../PairingRequest/index.tsx';
import styles from './style.module.css';

type ReceiptProblem = Output<'staff.approveKiosk'>['receipts']['notWritten'][number];
type Kiosk = Output<'staff.kiosks'>['kiosks'][number];

/** How often the list asks again, so a kiosk asking to pair or delivering shows without a click. */
const refreshMs = 3000;

/** A kiosk asking to pair over the network, approved from its own card with both codes. */
const asksToPair = (kiosk: Kiosk) => kiosk.lan !== null && kiosk.lan.state !== 'paired';

/** The folder a receipt was written into: the stick's folder the held batches came from. */
const folderOf = ({ file }: { file: string }) =>
  file.slice(0, Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')));

/**
 * The kiosks batches came from: their codes, whether they count, and what each has waiting.
 * A kiosk is approved only after staff compared its code with the kiosk's own admin screen;
 * approving it says where its receipt was written (the stick its batches came from), or why not.
 */
export function KiosksSection() {
  const { api, words, language } = useStaff();
  const { data, problem, reload } = useStaffData('staff.kiosks', refreshMs);
  const lan = useStaffData('staff.lan', refreshMs);
  const t = words.lan;
  const [confirming, setConfirming] = useState<string>();
  const [outcome, setOutcome] = useState<Outcome>();
  const [receiptProblems, setReceiptProblems] = useState<ReceiptProblem[]>([]);
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
    const { releasedBatches, releasedAnswers, receipts, lanPaired } = result.value;
    setOutcome({
      tone: 'done',
      message: [
        // A kiosk paired over the network gets its receipt in the reply to its next contact.
        lanPaired ? t.pairedDone(kioskId) : '',
        !lanPaired || releasedBatches > 0
          ? words.approvedDone(kioskId, releasedBatches, releasedAnswers)
          : '',
        lanPaired && receipts.written.length === 0 ? '' : receiptWords(receipts),
      ]
        .filter(Boolean)
        .join(' '),
    });
    setReceiptProblems(receipts.notWritten);
    reload();
  }

  /** Where the receipt went; nothing here when it could not be written (said as a warning below). */
  function receiptWords({ written, notWritten }: Output<'staff.approveKiosk'>['receipts']): string {
    if (written.length > 0) return words.receiptsWritten([...new Set(written.map(folderOf))].join(', '));
    return notWritten.length === 0 ? words.approvalReceiptLater : '';
  }

  return (
    <Section aria-labelledby="kiosks-title" aria-busy={data === undefined && !problem}>
      <Heading id="kiosks-title" tabIndex={-1} ref={heading}>
        {words.sections.kiosks}
      </Heading>
      <Hint>{words.kiosksIntro}</Hint>
      {problem && <Alert>{problem}</Alert>}
      {data?.kiosks.filter(asksToPair).map((kiosk) => (
        <PairingRequest
          key={kiosk.kioskId}
          kiosk={kiosk}
          lan={lan.data}
          busy={confirming !== undefined}
          onApprove={() => {
            setOutcome(undefined);
            setReceiptProblems([]);
            void approve(kiosk.kioskId);
          }}
        />
      ))}
      {data && data.kiosks.length === 0 && <Card as="p">{words.noKiosks}</Card>}
      {data && data.kiosks.length > 0 && (
        <table class={styles.table} aria-labelledby="kiosks-title">
          <thead>
            <tr>
              <th scope="col">{words.kioskCode}</th>
              <th scope="col">{words.firstSeen}</th>
              <th scope="col">{words.kioskState}</th>
              <th scope="col">{t.lastContact}</th>
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
                <td>
                  {kiosk.approved ? words.approvedState : <strong>{words.waitingState}</strong>}
                  {kiosk.lan && <div>{t.lanStates[kiosk.lan.state]}</div>}
                </td>
                <td>
                  {kiosk.lastContact === null
                    ? t.never
                    : `${formatDayOrMinute(kiosk.lastContact.at, language)} (${t.contactRoute[kiosk.lastContact.route]})`}
                  {/* What it said still waits on it, at that contact: batches not delivered yet. */}
                  {kiosk.lan?.waitingBatches != null && (
                    <div>{t.waitingOnKiosk(kiosk.lan.waitingBatches)}</div>
                  )}
                </td>
                <td class={styles.number}>{kiosk.heldBatches}</td>
                <td class={styles.number}>{kiosk.heldAnswers}</td>
                <td>
                  {!kiosk.approved && !asksToPair(kiosk) && (
                    <Button
                      look="primary"

                      aria-label={`${words.approve} ${kiosk.kioskId}`}
                      disabled={confirming !== undefined}
                      onClick={() => {
                        setOutcome(undefined);
                        setReceiptProblems([]);
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
      {/* Always there, so that a warning appearing in it is read out like the status above. */}
      <div aria-live="polite">
        {receiptProblems.map(({ folder, reason }) => (
          <Warning key={folder}>{words.approvalReceiptNotWritten(folder, reason)}</Warning>
        ))}
      </div>
    </Section>
  );
}
