import styles from './style.module.css';

type Props = {
  /** Where the face sits between most negative (0) and most positive (1). */
  position: number;
  label: string;
  disabled: boolean;
  /** Whether this is the answer given before, when the person came back to change it; else not told. */
  chosen?: boolean | undefined;
  onChoose(): void;
};

/**
 * One answer: a face whose mouth and colour both carry the meaning, with its label written under
 * it, so neither colour vision nor reading is needed alone. The label is the accessible name.
 */
export function SmileyButton({ position, label, disabled, chosen, onChoose }: Props) {
  return (
    <button
      type="button"
      class={styles.choice}
      data-position={Math.round(position * 4)}
      disabled={disabled}
      aria-pressed={chosen}
      onClick={onChoose}
    >
      <SmileyFace position={position} />
      <span class={styles.label}>{label}</span>
    </button>
  );
}

/** The face alone, as a picture beside words that say the answer (the poster on the notice board). */
export function SmileyPicture({ position }: { position: number }) {
  return (
    <span class={styles.picture} data-position={Math.round(position * 4)}>
      <SmileyFace position={position} />
    </span>
  );
}

function SmileyFace({ position }: { position: number }) {
  const mood = position * 2 - 1;
  const corners = 68 - 6 * mood;
  const middle = 68 + 18 * mood;
  return (
    <svg class={styles.face} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="45" class={styles.skin} />
      <circle cx="35" cy="40" r="6" class={styles.feature} />
      <circle cx="65" cy="40" r="6" class={styles.feature} />
      <path d={`M 28 ${corners} Q 50 ${middle} 72 ${corners}`} class={styles.mouth} />
    </svg>
  );
}
