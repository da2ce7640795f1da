/**
 * How the parts of reception's and staff's screens stand: big, plainly labelled parts for a
 * touch screen, one under another, with room between them.
 */

import {
  createElement,
  type AllHTMLAttributes,
  type HTMLAttributes,
  type HeadingHTMLAttributes,
  type LabelHTMLAttributes,
} from 'preact';
import { classes } from '../classes.ts';
import styles from './style.module.css';

/** An element's own attributes, with a class for placement beside the look given here. */
type Parts<Attributes> = Omit<Attributes, 'class' | 'className'> & { class?: string | undefined };
type Either<Tag extends string> = Omit<AllHTMLAttributes<HTMLElement>, 'class' | 'className'> & {
  as?: Tag;
  class?: string | undefined;
};

/** A section of a screen, or a long form: its parts one under another. */
export function Section({ as = 'section', class: placement, ...rest }: Either<'section' | 'form'>) {
  return createElement(as, { ...rest, class: classes(styles.section, placement) });
}

/** A section's title. */
export function Heading({ class: placement, ...rest }: Parts<HeadingHTMLAttributes<HTMLHeadingElement>>) {
  return <h2 class={classes(styles.heading, placement)} {...rest} />;
}

/** The title of a part within a section. */
export function Subheading({
  level,
  class: placement,
  ...rest
}: Parts<HeadingHTMLAttributes<HTMLHeadingElement>> & { level: 3 | 4 }) {
  return createElement(level === 3 ? 'h3' : 'h4', { ...rest, class: classes(styles.subheading, placement) });
}

/** A quieter line that explains what is around it. */
export function Hint({ class: placement, ...rest }: Parts<HTMLAttributes<HTMLParagraphElement>>) {
  return <p class={classes(styles.hint, placement)} {...rest} />;
}

/** Something to know before going on, said once and plainly. */
export function Note({ as = 'p', class: placement, ...rest }: Either<'p' | 'div'>) {
  return createElement(as, { ...rest, class: classes(styles.note, placement) });
}

/** A line that needs attention: something is wrong or overdue. */
export function Warning({ class: placement, ...rest }: Parts<HTMLAttributes<HTMLParagraphElement>>) {
  return <p class={classes(styles.warning, placement)} {...rest} />;
}

/**
 * A row of buttons, with what came of them. `sticky` for a long form: the row stays at the
 * bottom of the screen, in reach, while the form scrolls.
 */
export function Actions({
  sticky = false,
  class: placement,
  ...rest
}: Parts<HTMLAttributes<HTMLDivElement>> & { sticky?: boolean }) {
  return <div class={classes(styles.actions, sticky && styles.sticky, placement)} {...rest} />;
}

/** Fields side by side, wrapping where the screen is narrow. */
export function Row({ class: placement, ...rest }: Parts<HTMLAttributes<HTMLDivElement>>) {
  return <div class={classes(styles.row, placement)} {...rest} />;
}

/** Fields in columns as wide as the screen allows. */
export function Grid({ class: placement, ...rest }: Parts<HTMLAttributes<HTMLDivElement>>) {
  return <div class={classes(styles.grid, placement)} {...rest} />;
}

/** A list of cards, one under another, without bullets. */
export function List({ class: placement, ...rest }: Parts<HTMLAttributes<HTMLUListElement>>) {
  return <ul class={classes(styles.list, placement)} {...rest} />;
}

/** A checkbox or radio with its words: the whole line is the target, not only the small box. */
export function Choice({ class: placement, ...rest }: Parts<LabelHTMLAttributes<HTMLLabelElement>>) {
  return <label class={classes(styles.choice, placement)} {...rest} />;
}
