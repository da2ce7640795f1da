import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Actions, Subheading } from '../../../components/FormLayout/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { useFocusOnShow } from '../../useFocusOnShow.ts';
import styles from './style.module.css';

type Props = { kioskId: string; onApprove(): void; onCancel(): void };

/**
 * The human check of trust on first use: the code in large print, to be read against the one
 * on the kiosk's admin screen before its batches may count.
 */
export function ApproveKiosk({ kioskId, onApprove, onCancel }: Props) {
  const { words } = useStaff();
  const heading = useFocusOnShow<HTMLHeadingElement>();
  return (
    <Card class={styles.confirm} role="group" aria-labelledby="approve-title">
      <Subheading level={3} id="approve-title" tabIndex={-1} ref={heading}>
        {words.confirmTitle(kioskId)}
      </Subheading>
      <p>{words.confirmText}</p>
      <p class={styles.bigCode}>{kioskId}</p>
      <Actions>
        <Button look="primary" onClick={onApprove}>
          {words.confirmApprove}
        </Button>
        <Button look="secondary" onClick={onCancel}>
          {words.cancel}
        </Button>
      </Actions>
    </Card>
  );
}
