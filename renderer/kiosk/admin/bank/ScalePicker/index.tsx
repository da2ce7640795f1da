import { useId } from 'preact/hooks';
import { scaleIds, type ScaleId } from '../../../../../shared/scales.ts';
import { Fieldset } from '../../../../components/Fieldset/index.tsx';
import { Choice } from '../../../../components/FormLayout/index.tsx';
import { useAdminSession } from '../../useAdminSession.ts';
import { ScaleSample } from '../../preview/ScaleSample/index.tsx';
import styles from './style.module.css';

/** The six answer scales, each named and drawn as a client will see its answers. */
export function ScalePicker({ value, onChange }: { value: ScaleId; onChange(scale: ScaleId): void }) {
  const { words, language } = useAdminSession();
  const name = useId();
  return (
    <Fieldset legend={words.scaleTitle}>
      <div class={styles.scales}>
        {scaleIds.map((scale) => (
          <Choice key={scale} class={styles.scale}>
            <input
              type="radio"
              name={name}
              value={scale}
              checked={scale === value}
              onChange={() => onChange(scale)}
            />
            <span class={styles.scaleText}>
              <span>{words.scaleNames[scale]}</span>
              <ScaleSample scale={scale} language={language} />
            </span>
          </Choice>
        ))}
      </div>
    </Fieldset>
  );
}
