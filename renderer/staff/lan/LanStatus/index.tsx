import type { Output } from '../../../../shared/contract/index.ts';
import { Card } from '../../../components/Card/index.tsx';
import { Note, Subheading } from '../../../components/FormLayout/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { CodeToCompare } from '../CodeToCompare/index.tsx';
import styles from './style.module.css';

type Props = { lan: Output<'staff.lan'> };

/**
 * Whether this PC receives over the network now: its code (which kiosks show when they pair),
 * its name, and where it listens, or the receiver's own sentence saying why it cannot.
 */
export function LanStatus({ lan }: Props) {
  const { words } = useStaff();
  const t = words.lan;
  return (
    <Card role="group" aria-labelledby="lan-status-title">
      <Subheading level={3} id="lan-status-title">
        {t.statusTitle}
      </Subheading>
      {lan.state === 'off' && <Note>{t.off}</Note>}
      {lan.state !== 'off' && (
        <>
          <CodeToCompare label={t.thisPcCodeLabel} code={lan.receiverCode} />
          <dl class={styles.facts}>
            <dt>{t.nameLabel}</dt>
            <dd>{lan.name}</dd>
            {lan.state !== 'failed' && (
              <>
                <dt>{t.addressesLabel}</dt>
                <dd>{lan.state === 'starting' ? t.starting : lan.addresses.join(', ')}</dd>
              </>
            )}
          </dl>
          {lan.state === 'failed' && <p role="alert">{t.failed(lan.problem)}</p>}
        </>
      )}
    </Card>
  );
}
