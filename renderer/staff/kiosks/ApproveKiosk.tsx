import { form } from '../form.ts';
import { useStaff } from '../staff-context.ts';
import { useFocusOnShow } from '../use-focus.ts';
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
    <div class={`${form.card} ${styles.confirm}`} role="group" aria-labelledby="approve-title">
      <h3 id="approve-title" class={form.subheading} tabIndex={-1} ref={heading}>
        {words.confirmTitle(kioskId)}
      </h3>
      <p>{words.confirmText}</p>
      <p class={styles.bigCode}>{kioskId}</p>
      <div class={form.actions}>
        <button type="button" class={form.primary} onClick={onApprove}>
          {words.confirmApprove}
        </button>
        <button type="button" class={form.secondary} onClick={onCancel}>
          {words.cancel}
        </button>
      </div>
    </div>
  );
}
