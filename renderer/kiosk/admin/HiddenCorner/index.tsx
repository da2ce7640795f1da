import { useEffect, useRef } from 'preact/hooks';
import styles from './style.module.css';

/** How long reception holds the corner: long enough that no client opens it by leaning on the screen. */
export const holdToOpenMs = 3000;

/**
 * Reception's way in: press and hold the top-left corner. It draws nothing and is hidden from
 * screen readers and the Tab order, so clients are never offered a door they cannot use; the PIN
 * behind it is what actually guards the admin view.
 */
export function HiddenCorner({ onHold }: { onHold(): void }) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const cancel = () => clearTimeout(timer.current);
  useEffect(() => cancel, []);
  return (
    <div
      class={styles.corner}
      aria-hidden="true"
      data-testid="admin-corner"
      onPointerDown={() => {
        cancel();
        timer.current = setTimeout(onHold, holdToOpenMs);
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      onContextMenu={(event) => event.preventDefault()}
    />
  );
}
