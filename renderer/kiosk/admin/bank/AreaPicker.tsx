import { useId } from 'preact/hooks';
import { participationAreas, type ParticipationArea } from '../../../../shared/participation-areas.ts';
import { useAdminSession } from '../admin-session.ts';
import form from '../form.module.css';

type Props = { value: ParticipationArea | null; onChange(area: ParticipationArea | null): void };

/** THL's three areas of participation, or none: a tag that tells staff which areas their questions cover. */
export function AreaPicker({ value, onChange }: Props) {
  const { words } = useAdminSession();
  const options: (ParticipationArea | null)[] = [...participationAreas, null];
  const name = useId();
  return (
    <fieldset class={form.fieldset}>
      <legend class={form.legend}>{words.areaTitle}</legend>
      {options.map((area) => (
        <label key={area ?? 'none'} class={form.choice}>
          <input type="radio" name={name} checked={area === value} onChange={() => onChange(area)} />
          {area === null ? words.noArea : words.areaNames[area]}
        </label>
      ))}
    </fieldset>
  );
}
