import { useEffect, useId } from 'preact/hooks';
import type { Output } from '../../../shared/contract/index.ts';
import { form } from '../form.ts';
import { useStaffData, useStaff } from '../staff-context.ts';
import styles from '../style.module.css';

export type Stick = Output<'staff.sticks'>['sticks'][number];

/** How often the list looks again for sticks while it is shown. */
const stickPollMs = 2_000;

/**
 * The USB sticks plugged in, each a button that names free files on it for the keys' files, so
 * staff need not type a path. While `untouched` (no path typed or chosen yet), the first stick
 * seen fills them once by itself.
 */
export function StickChoices({ untouched, onChoose }: { untouched: boolean; onChoose(stick: Stick): void }) {
  const { words } = useStaff();
  const { data } = useStaffData('staff.sticks', stickPollMs);
  const headingId = useId();

  const firstStick = data?.sticks[0];
  useEffect(() => {
    if (firstStick && untouched) onChoose(firstStick);
  }, [firstStick?.path]);

  return (
    <div class={form.card}>
      <h3 id={headingId} class={form.subheading}>
        {words.sticksFound}
      </h3>
      {data && data.sticks.length === 0 && <p>{words.noSticks}</p>}
      {data && data.sticks.length > 0 && (
        <ul class={styles.stickChoices} aria-labelledby={headingId}>
          {data.sticks.map((stick) => (
            <li key={stick.path}>
              <button type="button" class={form.secondary} onClick={() => onChoose(stick)}>
                {words.useStick(stick.label)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
