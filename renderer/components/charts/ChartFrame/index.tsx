import { createElement, type ComponentChildren } from 'preact';
import styles from './style.module.css';

type Props = {
  title: string;
  /** The heading level that fits where the chart stands. */
  level: 3 | 4 | 5;
  /** What the drawing shows, in a sentence, for those who do not see it. */
  summary: string;
  /** The words of the button that opens the table. */
  showTable: string;
  /** The drawing and its legend. */
  children: ComponentChildren;
  /** The same numbers as the drawing, as a table. */
  table: ComponentChildren;
};

/**
 * A chart as staff read it: a visible title, the drawing summarised in one sentence for screen
 * readers, and the same numbers as a table behind a "show as table" that a keyboard reaches.
 */
export function ChartFrame({ title, level, summary, showTable, children, table }: Props) {
  return (
    <figure class={styles.frame}>
      {createElement(`h${level}`, { class: styles.title }, title)}
      <div role="img" aria-label={summary} class={styles.drawing}>
        {children}
      </div>
      <details class={styles.details}>
        <summary class={styles.summary}>{showTable}</summary>
        {table}
      </details>
    </figure>
  );
}
