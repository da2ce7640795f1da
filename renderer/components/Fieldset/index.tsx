import type { ComponentChildren } from 'preact';
import { Card } from '../Card/index.tsx';
import { classes } from '../classes.ts';
import styles from './style.module.css';

type Props = {
  legend: ComponentChildren;
  /** For a button inside that names the group it acts on (aria-describedby). */
  legendId?: string | undefined;
  /** Placement or a look beside the card's, such as a dashed frame. */
  class?: string | undefined;
  children: ComponentChildren;
};

/** Fields that belong together, framed as a card and named by their legend. */
export function Fieldset({ legend, legendId, class: placement, children }: Props) {
  return (
    <Card as="fieldset" class={classes(styles.fieldset, placement)}>
      <legend class={styles.legend} id={legendId}>
        {legend}
      </legend>
      {children}
    </Card>
  );
}
