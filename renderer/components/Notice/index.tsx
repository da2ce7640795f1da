import type { ComponentChildren } from 'preact';
import { classes } from '../classes.ts';
import styles from './style.module.css';

export type Outcome = { tone: 'working' | 'done' | 'problem'; message: string } | undefined;

/**
 * What came of the last action, in live regions that are always there (so a screen reader hears
 * each change): progress and success as a status, a refusal as an alert with the core's
 * sentence. `inRow` when it stands in a row of buttons, beside the one that acted, where it takes
 * no room while empty.
 */
export function Notice({ outcome, inRow = false }: { outcome: Outcome; inRow?: boolean }) {
  return (
    <div class={inRow ? styles.inRow : undefined}>
      <Status done={outcome?.tone !== 'working'}>
        {outcome?.tone === 'problem' ? '' : (outcome?.message ?? '')}
      </Status>
      <Alert>{outcome?.tone === 'problem' ? outcome.message : ''}</Alert>
    </div>
  );
}

/**
 * A live line that says how something goes. While `done` it looks done once it has words;
 * otherwise as `class` says.
 */
export function Status({
  done = true,
  class: otherwise,
  children,
}: {
  done?: boolean;
  class?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <p role="status" class={done ? styles.done : classes(otherwise)}>
      {children}
    </p>
  );
}

/** A live line that says what went wrong, read out at once. */
export function Alert({ children }: { children: ComponentChildren }) {
  return (
    <p role="alert" class={styles.problem}>
      {children}
    </p>
  );
}
