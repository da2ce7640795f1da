import { useId, useState } from 'preact/hooks';
import type { Output } from '../../../../shared/contract/index.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Actions, Heading, Hint, List, Section } from '../../../components/FormLayout/index.tsx';
import { Alert, Notice, type Outcome } from '../../../components/Notice/index.tsx';
import { TextField } from '../../../components/TextField/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { useStaffData } from '../../useStaffData.ts';
import { ImportResult } from '../ImportResult/index.tsx';
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
    <Section aria-labelledby="import-title">
      <Heading id="import-title">{words.sections.import}</Heading>
      <Hint>{words.importIntro}</Hint>
      {problem && <Alert>{problem}</Alert>}
      {data && data.sticks.length === 0 && <Card as="p">{words.plugInStick}</Card>}
      {data && data.sticks.length > 0 && (
        <List aria-label={words.sticksLabel}>
          {data.sticks.map((stick, index) => (
            <Card as="li" key={stick.path} class={styles.stick}>
              <p id={`${ids}-${index}`} class={styles.stickName}>
                <span class={styles.label}>{stick.label}</span>
                <span class={styles.folder}>{stick.importFolder ?? words.noKuulluksiFolder}</span>
              </p>
              {stick.importFolder !== null && (
                <Button
                  look="primary"

                  aria-describedby={`${ids}-${index}`}
                  disabled={busy}
                  onClick={() => void importFrom(stick.importFolder!)}
                >
                  {words.importButton}
                </Button>
              )}
            </Card>
          ))}
        </List>
      )}
      <Card
        as="form"
        class={styles.other}
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
        <Actions>
          <Button look="secondary" type="submit" disabled={busy}>
            {words.importOther}
          </Button>
        </Actions>
      </Card>
      <Notice outcome={outcome} />
      {summary && <ImportResult summary={summary} onOpenKiosks={onOpenKiosks} />}
    </Section>
  );
}
