import { useId } from 'preact/hooks';
import { participationAreas, type ParticipationArea } from '../../../../../shared/participation-areas.ts';
import { Fieldset } from '../../../../components/Fieldset/index.tsx';
import { Choice } from '../../../../components/FormLayout/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';

type Props = { value: ParticipationArea | null; onChange(area: ParticipationArea | null): void };

/** THL's three areas of participation, or none: a tag that tells staff which areas their questions cover. */
export function AreaPicker({ value, onChange }: Props) {
  const { words } = useAdminSession();
  const options: (ParticipationArea | null)[] = [...participationAreas, null];
  const name = useId();
  return (
    <Fieldset legend={words.areaTitle}>
      {options.map((area) => (
        <Choice key={area ?? 'none'}>
          <input type="radio" name={name} checked={area === value} onChange={() => onChange(area)} />
          {area === null ? words.noArea : words.areaNames[area]}
        </Choice>
      ))}
    </Fieldset>
  );
}
