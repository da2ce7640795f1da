import { useId, useState } from 'preact/hooks';
import type { Output } from '../../../shared/contract/index.ts';
import { form } from '../form.ts';
import { OutcomeNotice, type Outcome } from '../Outcome.tsx';
import { useStaff, useStaffData } from '../staff-context.ts';
import { TextField } from '../TextField.tsx';
import { ImportResult } from './ImportResult.tsx';
import styles from './style.module.css';

/** How often the section looks again for sticks. */
const stickPollMs = 2_000;

/**
 * Batches in: the sticks plugged in, each with its `Kuulluksi` folder to import from, or any
 * other folder typed in. The result says what became of every file.
 */
export function ImportSection({ onOpenKiosks }: { onOpenKiosks(): void }) {
  const { api, words } = useStaff();
  const { data, problem } = useStaffData('staff.sticks', stickPollMs);
  const [other, setOther] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const [summary, setSummary] = useState<Output<'staff.import'>>();
  const ids = useId();
  const busy = outcome?.tone === 'working';

  async function importFrom(path: string) {
    setSummary(undefined);
    setOutcome({ tone: 'working', message: words.importing });
    const result = await api.call('staff.import', { paths: [path] });
    if (result.ok) {
      setOutcome(undefined);
      setSummary(result.value);
    } else setOutcome({ tone: 'problem', message: words.notDone(result.error.message) });
  }

  return (
    <section class={form.section} aria-labelledby="import-title">
      <h2 id="import-title" class={form.heading}>
        {words.sections.import}
      </h2>
      <p class={form.hint}>{words.importIntro}</p>
      {problem && (
        <p role="alert" class={form.problem}>
          {problem}
        </p>
      )}
      {data && data.sticks.length === 0 && <p class={form.card}>{words.plugInStick}</p>}
      {data && data.sticks.length > 0 && (
        <ul class={form.list} aria-label={words.sticksLabel}>
          {data.sticks.map((stick, index) => (
            <li key={stick.path} class={`${form.card} ${styles.stick}`}>
              <p id={`${ids}-${index}`} class={styles.stickName}>
                <span class={styles.label}>{stick.label}</span>
                <span class={styles.folder}>{stick.importFolder ?? words.noKuulluksiFolder}</span>
              </p>
              {stick.importFolder !== null && (
                <button
                  type="button"
                  class={form.primary}
                  aria-describedby={`${ids}-${index}`}
                  disabled={busy}
                  onClick={() => void importFrom(stick.importFolder!)}
                >
                  {words.importButton}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        class={`${form.card} ${styles.other}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (other.trim() === '')
            setOutcome({ tone: 'problem', message: words.pathMissing(words.otherFolderLabel) });
          else void importFrom(other.trim());
        }}
      >
        <TextField
          label={words.otherFolderLabel}
          hint={words.fullPathHint}
          value={other}
          autocomplete="off"
          onInput={setOther}
        />
        <div class={form.actions}>
          <button type="submit" class={form.secondary} disabled={busy}>
            {words.importOther}
          </button>
        </div>
      </form>
      <OutcomeNotice outcome={outcome} />
      {summary && <ImportResult summary={summary} onOpenKiosks={onOpenKiosks} />}
    </section>
  );
}
