import type { ValueLook } from '../../scale-look.ts';
import styles from './style.module.css';

type Props = {
  looks: ValueLook[];
  /** The words of the hidden segment's key, when a bar has one. */
  hidden?: string | undefined;
};

/** Which colour is which answer, and which look is a hidden count, under a chart. */
export function Legend({ looks, hidden }: Props) {
  return (
    <ul class={styles.legend}>
      {looks.map((look) => (
        <li key={look.value} class={styles.item}>
          <span class={styles.swatch} style={{ background: look.colour }} />
          {look.label}
        </li>
      ))}
      {hidden && (
        <li class={styles.item}>
          <span class={`${styles.swatch} ${styles.hidden}`} />
          {hidden}
        </li>
      )}
    </ul>
  );
}
