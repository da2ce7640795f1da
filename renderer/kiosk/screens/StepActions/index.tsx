import type { ComponentChildren } from 'preact';
import { Button } from '../../../components/Button/index.tsx';
import { classes } from '../../../components/classes.ts';
import styles from './style.module.css';

type Props = {
  changeLabel: string;
  onChange(): void;
  /** Where the row stands on its screen. */
  class?: string | undefined;
  children: ComponentChildren;
};

/**
 * The ways on from a step after the answer: first the way back to the faces to change it (a
 * shaky tap on the wrong face is common on a touch screen), then the step's own buttons.
 */
export function StepActions({ changeLabel, onChange, class: placement, children }: Props) {
  return (
    <div class={classes(styles.actions, placement)}>
      <Button look="largeSecondary" onClick={onChange}>
        {changeLabel}
      </Button>
      {children}
    </div>
  );
}
