import { createElement, type ComponentChildren } from 'preact';
import styles from './style.module.css';

type Props = {
  /** A live status where the words come after something was done (the thank-you). */
  as: 'div' | 'section';
  role?: 'status';
  children: ComponentChildren;
};

/** A few calm sentences in large type, centred: the thank-you, and who to call for help. */
export function CalmText({ as, role, children }: Props) {
  return createElement(as, { class: styles.help, role }, children);
}
