import { createElement, type AllHTMLAttributes, type ComponentChildren } from 'preact';
import { classes } from '../../../components/classes.ts';
import styles from './style.module.css';

type Props = Omit<AllHTMLAttributes<HTMLElement>, 'class' | 'className'> & {
  /** The page's main content by default; a box where the screen is drawn inside another (a preview). */
  as?: 'main' | 'div';
  /** The screen's own spacing beside the frame every client screen shares. */
  class?: string | undefined;
};

/** A client's screen: one thing at a time in the middle, its bottom clear of the help button. */
export function Screen({ as = 'main', class: own, ...rest }: Props) {
  return createElement(as, { ...rest, class: classes(styles.screen, own) });
}

/** A client screen's one big line: the question, or what the screen is for. */
export function ScreenTitle({ children }: { children: ComponentChildren }) {
  return <h1 class={styles.question}>{children}</h1>;
}

/** The frame's class, for KioskApp, which draws its loading and start screens' frames itself. */
export const screenClass = styles.screen;
