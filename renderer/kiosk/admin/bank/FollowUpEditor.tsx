import { useId } from 'preact/hooks';
import { maxFollowUpsPerTone } from '../../../../shared/question-limits.ts';
import { isPictogramName, Pictogram, pictogramNames } from '../../../pictograms/index.ts';
import { useAdminSession } from '../admin-session.ts';
import { editPart, type Edit } from '../edit.ts';
import form from '../form.module.css';
import { LocalizedFields } from './LocalizedFields.tsx';
import { emptyTexts, newChipKey, type ChipForm, type Tone } from './question-form.ts';
import styles from './style.module.css';

type Props = { chips: Record<Tone, ChipForm[]>; onEdit: Edit<Record<Tone, ChipForm[]>> };

/** The optional "what mattered most?" choices, one list after a positive answer and one after a negative. */
export function FollowUpEditor({ chips, onEdit }: Props) {
  const { words } = useAdminSession();
  return (
    <fieldset class={form.fieldset}>
      <legend class={form.legend}>{words.followUpsTitle}</legend>
      <p class={form.hint}>{words.followUpsHint}</p>
      {(['positive', 'negative'] as const).map((tone) => (
        <ChipList key={tone} tone={tone} chips={chips[tone]} onEdit={editPart(onEdit, tone)} />
      ))}
    </fieldset>
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
    <fieldset class={form.fieldset}>
      <legend class={form.legend}>{tone === 'positive' ? words.positiveChips : words.negativeChips}</legend>
      {chips.map((chip, index) => (
        <ChipFields
          key={chip.key}
          number={index + 1}
          chip={chip}
          onEdit={editChip(chip.key)}
          onRemove={() => remove(chip.key)}
        />
      ))}
      <div class={form.actions}>
        <button
          type="button"
          class={form.secondary}
          disabled={chips.length >= maxFollowUpsPerTone}
          onClick={add}
        >
          {words.addChip}
        </button>
      </div>
    </fieldset>
  );
}

type ChipProps = { number: number; chip: ChipForm; onEdit: Edit<ChipForm>; onRemove(): void };

function ChipFields({ number, chip, onEdit, onRemove }: ChipProps) {
  const { words } = useAdminSession();
  const id = useId();
  return (
    <fieldset class={`${form.fieldset} ${styles.chip}`}>
      <legend class={form.legend} id={`${id}-legend`}>
        {words.chipTitle(number)}
      </legend>
      <LocalizedFields values={chip.texts} onEdit={editPart(onEdit, 'texts')} />
      <div class={form.row}>
        <div class={form.field}>
          <label for={`${id}-pictogram`} class={form.label}>
            {words.pictogram}
          </label>
          <select
            id={`${id}-pictogram`}
            class={form.select}
            value={chip.pictogram}
            onChange={(event) => {
              const pictogram = event.currentTarget.value;
              onEdit((previous) => ({ ...previous, pictogram }));
            }}
          >
            <option value="">{words.noPictogram}</option>
            {pictogramNames.map((name) => (
              <option key={name} value={name}>
                {words.pictogramNames[name]}
              </option>
            ))}
          </select>
        </div>
        <span class={styles.pictogram}>
          {isPictogramName(chip.pictogram) && <Pictogram name={chip.pictogram} />}
        </span>
        <button type="button" class={form.secondary} aria-describedby={`${id}-legend`} onClick={onRemove}>
          {words.removeChip}
        </button>
      </div>
    </fieldset>
  );
}
