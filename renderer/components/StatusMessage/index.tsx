import type { ComponentChildren } from 'preact';
import styles from './style.module.css';

type Props = { tone: 'calm' | 'problem'; title?: string; message: string; children?: ComponentChildren };

/** A full-screen message, announced to screen readers as it appears. */
export function StatusMessage({ tone, title, message, children }: Props) {
  return (
    <main class={styles.status} data-tone={tone}>
      <div role={tone === 'problem' ? 'alert' : 'status'}>
        {title && <h1 class={styles.title}>{title}</h1>}
        <p class={styles.message}>{message}</p>
      </div>
      {children}
    </main>
  );
}
