import { useState } from 'preact/hooks';
import { maxMinCellSize, minMinCellSize } from '../../../../shared/small-cells/threshold.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Field } from '../../../components/Field/index.tsx';
import { Actions, Subheading } from '../../../components/FormLayout/index.tsx';
import { Notice, type Outcome } from '../../../components/Notice/index.tsx';
import { useStaff } from '../../useStaff.ts';
import styles from './style.module.css';

type Props = { minCellSize: number; onChanged(): void };

/**
 * The threshold k of the small-cell rule: counts below it are hidden everywhere staff read. A
 * number outside 3–50 is refused here in the staff's language, and by the core in any case.
 */
export function MinCellSizeForm({ minCellSize, onChanged }: Props) {
  const { api, words: staffWords } = useStaff();
  const words = staffWords.dashboard;
  const [typed, setTyped] = useState(String(minCellSize));
  const [outcome, setOutcome] = useState<Outcome>();

  async function save() {
    const k = /^\s*\d+\s*$/.test(typed) ? Number(typed) : Number.NaN;
    if (!(k >= minMinCellSize && k <= maxMinCellSize))
      return setOutcome({ tone: 'problem', message: words.kOutOfRange(minMinCellSize, maxMinCellSize) });
    setOutcome({ tone: 'working', message: '' });
    const result = await api.call('staff.setMinCellSize', { minCellSize: k });
    if (!result.ok) return setOutcome({ tone: 'problem', message: staffWords.notDone(result.error.message) });
    setTyped(String(result.value.minCellSize));
    setOutcome({ tone: 'done', message: words.kSaved(result.value.minCellSize) });
    onChanged();
  }

  return (
    <Card
      as="form"
      class={styles.form}
      aria-labelledby="min-cell-size-title"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Subheading level={3} id="min-cell-size-title">
        {words.kTitle}
      </Subheading>
      <Field
        type="number"
        label={words.kLabel}
        hint={words.kHint(minMinCellSize, maxMinCellSize)}
        value={typed}
        invalid={outcome?.tone === 'problem'}
        onChange={setTyped}
      />
      <Actions>
        <Button look="secondary" type="submit" disabled={outcome?.tone === 'working'}>
          {words.kSave}
        </Button>
        <Notice outcome={outcome} inRow />
      </Actions>
    </Card>
  );
}
