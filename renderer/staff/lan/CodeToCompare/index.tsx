import styles from './style.module.css';

type Props = { label: string; code: string };

/**
 * A code people compare between two screens: named, and large enough to read at arm's length
 * from the kiosk standing beside the desk.
 */
export function CodeToCompare({ label, code }: Props) {
  return (
    <div class={styles.pair}>
      <p class={styles.label}>{label}</p>
      <p class={styles.code}>{code}</p>
    </div>
  );
}
