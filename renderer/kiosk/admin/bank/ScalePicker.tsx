import { useId } from 'preact/hooks';
import { scaleIds, type ScaleId } from '../../../../shared/scales.ts';
import { useAdminSession } from '../admin-session.ts';
import form from '../form.module.css';
import { ScaleSample } from '../preview/ScaleSample.tsx';
import styles from './style.module.css';

/** The six answer scales, each named and drawn as a client will see its answers. */
export function ScalePicker({ value, onChange }: { value: ScaleId; onChange(scale: ScaleId): void }) {
  const { words, language } = useAdminSession();
  const name = useId();
  return (
    <fieldset class={form.fieldset}>
      <legend class={form.legend}>{words.scaleTitle}</legend>
      <div class={styles.scales}>
        {scaleIds.map((scale) => (
          <label key={scale} class={`${form.choice} ${styles.scale}`}>
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
          </label>
        ))}
      </div>
    </fieldset>
  );
}
