import type { ButtonHTMLAttributes } from 'preact';
import { classes } from '../classes.ts';
import styles from './style.module.css';

/**
 * How a button looks, by the place it stands in:
 * - `primary`, `secondary`: a form's main action and its others, for reception and for staff;
 * - `large`, `largeSecondary`: a client's screen, its one clear action and the way past a step;
 * - `leave`: the way back out of reception's PIN screens;
 * - `control`: the client's start screen (language, text size, read aloud, About);
 * - `pill`: a language in a screen's header;
 * - `section`: a section in the section navigation; `lock`: the admin view's lock-and-return;
 * - `arrow`: a small square step, such as moving a language up or down a list.
 */
export type ButtonLook =
  | 'primary'
  | 'secondary'
  | 'large'
  | 'largeSecondary'
  | 'leave'
  | 'control'
  | 'pill'
  | 'section'
  | 'lock'
  | 'arrow';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'class' | 'className'> & {
  look: ButtonLook;
  /** Placement beside the look, such as a larger size in one section. */
  class?: string | undefined;
};

/** A button of the kit; `type="button"` unless it submits its form. */
export function Button({ look, class: placement, type = 'button', ...rest }: Props) {
  return <button type={type} class={classes(buttonClass(look), placement)} {...rest} />;
}

/** A look's class, for what is drawn as a button without being one, or draws one itself. */
export function buttonClass(look: ButtonLook): string {
  return styles[look]!;
}
