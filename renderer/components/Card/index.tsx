import { createElement, type AllHTMLAttributes } from 'preact';
import { classes } from '../classes.ts';
import styles from './style.module.css';

type Props = Omit<AllHTMLAttributes<HTMLElement>, 'class' | 'className'> & {
  /** The element that is the card: a box by default, or a form, a list item, a paragraph… */
  as?: 'div' | 'section' | 'form' | 'li' | 'p' | 'fieldset';
  /** Placement or spacing beside the card's look. */
  class?: string | undefined;
};

/** A framed group on a plain surface: one thing to read, or to fill in and save. */
export function Card({ as = 'div', class: placement, ...rest }: Props) {
  return createElement(as, { ...rest, class: classes(styles.card, placement) });
}
