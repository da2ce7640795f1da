import type { Output } from '../../../../shared/contract/index.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Actions, Note, Subheading, Warning } from '../../../components/FormLayout/index.tsx';
import { formatDayOrMinute } from '../../../i18n/format-minute.ts';
import { useStaff } from '../../useStaff.ts';
import { CodeToCompare } from '../../lan/CodeToCompare/index.tsx';
import styles from './style.module.css';

type Kiosk = Output<'staff.kiosks'>['kiosks'][number];
type Props = { kiosk: Kiosk; lan: Output<'staff.lan'> | undefined; busy: boolean; onApprove(): void };

/**
 * A kiosk asking to pair over the network: its code and this PC's code, both large, to be read
 * against the kiosk's admin screen before approving. A new key asking from where a paired kiosk
 * was heard from is said loudly: staff go and look at the kiosk itself first.
 */
export function PairingRequest({ kiosk, lan, busy, onApprove }: Props) {
  const { words, language } = useStaff();
  const t = words.lan;
  const titleId = `pairing-${kiosk.kioskId}`;
  const replaces = kiosk.lan?.replaces ?? null;
  const receiverCode = lan && lan.state !== 'off' ? lan.receiverCode : null;
  return (
    <Card class={styles.request} role="group" aria-labelledby={titleId}>
      <Subheading level={3} id={titleId}>
        {t.requestTitle(kiosk.kioskId)}
      </Subheading>
      {replaces !== null && (
        <div class={styles.alarm} role="alert">
          <p class={styles.alarmTitle}>{t.keyChangeTitle(replaces)}</p>
          <p>{t.keyChangeText(replaces)}</p>
        </div>
      )}
      <Note>{t.requestIntro}</Note>
      <div class={styles.codes}>
        <CodeToCompare label={t.kioskCodeLabel} code={kiosk.pairingCode} />
        {receiverCode !== null && <CodeToCompare label={t.thisPcCodeLabel} code={receiverCode} />}
      </div>
      {receiverCode === null && <Warning>{t.receiverNotRunning}</Warning>}
      {kiosk.lan && (
        <Note>{t.askedFrom(formatDayOrMinute(kiosk.lan.askedAt, language), kiosk.lan.lastAddress)}</Note>
      )}
      <Actions>
        <Button look="primary" disabled={busy || receiverCode === null} onClick={onApprove}>
          {t.approveBoth}
        </Button>
      </Actions>
    </Card>
  );
}
