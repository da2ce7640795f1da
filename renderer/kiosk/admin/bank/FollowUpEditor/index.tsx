import { useId } from 'preact/hooks';
import { maxFollowUpsPerTone } from '../../../../../shared/question-limits.ts';
import { Button } from '../../../../components/Button/index.tsx';
import { SelectField } from '../../../../components/Field/index.tsx';
import { Fieldset } from '../../../../components/Fieldset/index.tsx';
import { Actions, Hint, Row } from '../../../../components/FormLayout/index.tsx';
import { isPictogramName, Pictogram, pictogramNames } from '../../../../pictograms/index.ts';
import { useAdminSession } from '../../useAdminSession.ts';
import { editPart, type Edit } from '../../edit.ts';
import { LocalizedFields } from '../LocalizedFields/index.tsx';
import { emptyTexts, newChipKey, type ChipForm, type Tone } from '../question-form.ts';
import styles from './style.module.css';

type Props = { chips: Record<Tone, ChipForm[]>; onEdit: Edit<Record<Tone, ChipForm[]>> };

/** The optional "what mattered most?" choices, one list after a positive answer and one after a negative. */
export function FollowUpEditor({ chips, onEdit }: Props) {
  const { words } = useAdminSession();
  return (
    <Fieldset legend={words.followUpsTitle}>
      <Hint>{words.followUpsHint}</Hint>
      {(['positive', 'negative'] as const).map((tone) => (
        <ChipList key={tone} tone={tone} chips={chips[tone]} onEdit={editPart(onEdit, tone)} />
      ))}
    </Fieldset>
  );
}

function ChipList({ tone, chips, onEdit }: { tone: Tone; chips: ChipForm[]; onEdit: Edit<ChipForm[]> }) {
  const { words } = useAdminSession();
  const editChip =
    (key: number): Edit<ChipForm> =>
    (change) =>
      onEdit((previous) => previous.map((chip) => (chip.key === key ? change(chip) : chip)));
  const remove = (key: number) => onEdit((previous) => previous.filter((chip) => chip.key !== key));
  const add = () => {
    const added: ChipForm = { key: newChipKey(), id: undefined, texts: emptyTexts(), pictogram: '' };
    onEdit((previous) => [...previous, added]);
  };
  return (
    <Fieldset legend={tone === 'positive' ? words.positiveChips : words.negativeChips}>
      {chips.map((chip, index) => (
        <ChipFields
          key={chip.key}
          number={index + 1}
          chip={chip}
          onEdit={editChip(chip.key)}
          onRemove={() => remove(chip.key)}
        />
      ))}
      <Actions>
        <Button look="secondary" disabled={chips.length >= maxFollowUpsPerTone} onClick={add}>
          {words.addChip}
        </Button>
      </Actions>
    </Fieldset>
  );
}

type ChipProps = { number: number; chip: ChipForm; onEdit: Edit<ChipForm>; onRemove(): void };

function ChipFields({ number, chip, onEdit, onRemove }: ChipProps) {
  const { words } = useAdminSession();
  const id = useId();
  return (
    <Fieldset legend={words.chipTitle(number)} legendId={`${id}-legend`} class={styles.chip}>
      <LocalizedFields values={chip.texts} onEdit={editPart(onEdit, 'texts')} />
      <Row>
        <SelectField
          label={words.pictogram}
          value={chip.pictogram}
          onChange={(pictogram) => onEdit((previous) => ({ ...previous, pictogram }))}
        >
          <option value="">{words.noPictogram}</option>
          {pictogramNames.map((name) => (
            <option key={name} value={name}>
              {words.pictogramNames[name]}
            </option>
          ))}
        </SelectField>
        <span class={styles.pictogram}>
          {isPictogramName(chip.pictogram) && <Pictogram name={chip.pictogram} />}
        </span>
        <Button look="secondary" aria-describedby={`${id}-legend`} onClick={onRemove}>
          {words.removeChip}
        </Button>
      </Row>
    </Fieldset>
  );
}
