import type { ComponentChildren } from 'preact';
import { Screen } from '../../screens/Screen/index.tsx';
import styles from './style.module.css';

/** The frame of every admin screen: laid out like the client's screens, on a plain surface. */
export function AdminPanel({ busy = false, children }: { busy?: boolean; children?: ComponentChildren }) {
  return (
    <Screen class={styles.panel} aria-busy={busy}>
      {children}
    </Screen>
  );
}
