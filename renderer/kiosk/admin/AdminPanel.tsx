import type { ComponentChildren } from 'preact';
import kioskStyles from '../style.module.css';
import styles from './style.module.css';

/** The frame of every admin screen: laid out like the client's screens, on a plain surface. */
export function AdminPanel({ busy = false, children }: { busy?: boolean; children?: ComponentChildren }) {
  return (
    <main class={`${kioskStyles.screen} ${styles.panel}`} aria-busy={busy}>
      {children}
    </main>
  );
}
