import { Choice, Hint } from '../../../components/FormLayout/index.tsx';
import { useId } from 'preact/hooks';
import styles from './style.module.css';

type Props = { label: string; hint: string; on: boolean; onChange(on: boolean): void };

/**
 * An on/off choice, its whole line the target. A switch toggles on Space as a checkbox does, and
 * on Enter too, as staff expect of a button-like control.
 */
export function Toggle({ label, hint, on, onChange }: Props) {
  const hintId = useId();
  return (
    <div class={styles.toggle}>
      <Choice>
        <input
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby={hintId}
          onChange={(event) => onChange(event.currentTarget.checked)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            onChange(!on);
          }}
        />
        {label}
      </Choice>
      <Hint id={hintId} class={styles.hint}>
        {hint}
      </Hint>
    </div>
  );
}
