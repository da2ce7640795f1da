import type { StaffKeyProblem } from '../../../shared/staff-keys.ts';
import { form } from '../form.ts';
import { useStaff } from '../staff-context.ts';
import styles from '../style.module.css';

type Props = {
  /** What the core said, which names the file or the command. */
  message: string;
  /** Why the keys cannot be opened; null when the staff tool itself could not be reached. */
  kind: StaffKeyProblem | null;
  onRetry(): void;
};

/** The keys cannot be opened: what is wrong, what to do about it, and the core's own sentence. */
export function KeysProblem({ message, kind, onRetry }: Props) {
  const { words } = useStaff();
  return (
    <main class={styles.main}>
      <section class={form.section} aria-labelledby="keys-problem-title">
        <h2 id="keys-problem-title" class={form.heading}>
          {kind === 'passphrase-unavailable' ? words.problemNoPassphraseTitle : words.problemTitle}
        </h2>
        <div role="alert" class={form.card}>
          {kind && <p class={styles.advice}>{words.problemAdvice[kind]}</p>}
          <p class={form.hint}>
            {kind && `${words.problemDetail} `}
            {message}
          </p>
        </div>
        <div class={form.actions}>
          <button type="button" class={form.secondary} onClick={onRetry}>
            {words.tryAgain}
          </button>
        </div>
      </section>
    </main>
  );
}
