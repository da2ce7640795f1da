import { useId } from 'preact/hooks';
import { maxFollowUpsPerTone } from '../../../../shared/question-limits.ts';
import { isPictogramName, Pictogram, pictogramNames } from '../../../pictograms/index.ts';
import { useAdminSession } from '../admin-session.ts';
import form from '../form.module.css';
import { LocalizedFields } from './LocalizedFields.tsx';
import { emptyTexts, newChipKey, type ChipForm, type Tone } from './question-form.ts';
import styles from './style.module.css';

type Props = { chips: Record<Tone, ChipForm[]>; onChange(chips: Record<Tone, ChipForm[]>): void };

/** The optional "what mattered most?" choices, one list after a positive answer and one after a negative. */
export function FollowUpEditor({ chips, onChange }: Props) {
  const { words } = useAdminSession();
  return (
    <fieldset class={form.fieldset}>
      <legend class={form.legend}>{words.followUpsTitle}</legend>
      <p class={form.hint}>{words.followUpsHint}</p>
      {(['positive', 'negative'] as const).map((tone) => (
        <ChipList
          key={tone}
          tone={tone}
          chips={chips[tone]}
          onChange={(list) => onChange({ ...chips, [tone]: list })}
        />
      ))}
    </fieldset>
  );
}

function ChipList({
  tone,
  chips,
  onChange,
}: {
  tone: Tone;
  chips: ChipForm[];
  onChange(chips: ChipForm[]): void;
}) {
  const { words } = useAdminSession();
  const replace = (changed: ChipForm) =>
    onChange(chips.map((chip) => (chip.key === changed.key ? changed : chip)));
  return (
    <fieldset class={form.fieldset}>
      <legend class={form.legend}>{tone === 'positive' ? words.positiveChips : words.negativeChips}</legend>
      {chips.map((chip, index) => (
        <ChipFields
          key={chip.key}
          number={index + 1}
          chip={chip}
          onChange={replace}
          onRemove={() => onChange(chips.filter((other) => other.key !== chip.key))}
        />
      ))}
      <div class={form.actions}>
        <button
          type="button"
          class={form.secondary}
          disabled={chips.length >= maxFollowUpsPerTone}
          onClick={() =>
            onChange([...chips, { key: newChipKey(), id: undefined, texts: emptyTexts(), pictogram: '' }])
          }
        >
          {words.addChip}
        </button>
      </div>
    </fieldset>
  );
}

type ChipProps = { number: number; chip: ChipForm; onChange(chip: ChipForm): void; onRemove(): void };

function ChipFields({ number, chip, onChange, onRemove }: ChipProps) {
  const { words } = useAdminSession();
  const id = useId();
  return (
    <fieldset class={`${form.fieldset} ${styles.chip}`}>
      <legend class={form.legend} id={`${id}-legend`}>
        {words.chipTitle(number)}
      </legend>
      <LocalizedFields values={chip.texts} onChange={(texts) => onChange({ ...chip, texts })} />
      <div class={form.row}>
        <div class={form.field}>
          <label for={`${id}-pictogram`} class={form.label}>
            {words.pictogram}
          </label>
          <select
            id={`${id}-pictogram`}
            class={form.select}
            value={chip.pictogram}
            onChange={(event) => onChange({ ...chip, pictogram: event.currentTarget.value })}
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
