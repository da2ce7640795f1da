import type { ComponentChildren } from 'preact';
import { classes } from '../../../components/classes.ts';
import styles from './style.module.css';

type GroupProps = {
  label: string;
  /** A scale's answers: in one line, in their order, each as wide as the others. */
  scale?: { kind: string } | undefined;
  children: ComponentChildren;
};

/** Big answers or follow-up chips side by side, wrapping on a narrow screen unless they are a scale. */
export function Options({ label, scale, children }: GroupProps) {
  return (
    <div
      class={classes(styles.options, scale && styles.scale)}
      data-kind={scale?.kind}
      role="group"
      aria-label={label}
    >
      {children}
    </div>
  );
}

type OptionProps = {
  disabled?: boolean;
  /** Whether this is the answer given before, when the person came back to change it; else not told. */
  chosen?: boolean | undefined;
  onChoose(): void;
  children: ComponentChildren;
};

/** A text answer or a follow-up chip: as big a target as a face, its words always visible. */
export function Option({ disabled, chosen, onChoose, children }: OptionProps) {
  return (
    <button type="button" class={styles.option} disabled={disabled} aria-pressed={chosen} onClick={onChoose}>
      {children}
    </button>
  );
}
