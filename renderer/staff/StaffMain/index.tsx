import type { ComponentChildren } from 'preact';
import { classes } from '../../components/classes.ts';
import styles from './style.module.css';

type Props = {
  busy?: boolean;
  /** Placement in the page's grid, where there is one. */
  class?: string | undefined;
  children: ComponentChildren;
};

/** The staff tool's main content: a readable width, paragraphs spaced by the parts around them. */
export function StaffMain({ busy, class: placement, children }: Props) {
  return (
    <main class={classes(styles.main, placement)} aria-busy={busy}>
      {children}
    </main>
  );
}
