import { useEffect, useId } from 'preact/hooks';
import type { Output } from '../../../shared/contract/index.ts';
import { form } from '../form.ts';
import { useStaffData, useStaff } from '../staff-context.ts';
import styles from '../style.module.css';

export type Stick = Output<'staff.sticks'>['sticks'][number];

/** How often the list looks again for sticks while it is shown. */
const stickPollMs = 2_000;

type Props = {
  onChoose(stick: Stick): void;
  /**
   * The first stick seen, each time another is first: the form fills its paths from it only
   * while none is typed or chosen, judged on its fields as they are when this arrives.
   */
  onFirstSeen(stick: Stick): void;
};

/**
 * The USB sticks plugged in, each a button that names free files on it for the keys' files, so
 * staff need not type a path; the first stick seen is offered to the form by itself.
 */
export function StickChoices({ onChoose, onFirstSeen }: Props) {
  const { words } = useStaff();
  const { data } = useStaffData('staff.sticks', stickPollMs);
  const headingId = useId();

  const firstStick = data?.sticks[0];
  useEffect(() => {
    if (firstStick) onFirstSeen(firstStick);
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
