import { useEffect, useId } from 'preact/hooks';
import type { Output } from '../../../../shared/contract/index.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Subheading } from '../../../components/FormLayout/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { useStaffData } from '../../useStaffData.ts';
import styles from './style.module.css';

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
    <Card>
      <Subheading level={3} id={headingId}>
        {words.sticksFound}
      </Subheading>
      {data && data.sticks.length === 0 && <p>{words.noSticks}</p>}
      {data && data.sticks.length > 0 && (
        <ul class={styles.stickChoices} aria-labelledby={headingId}>
          {data.sticks.map((stick) => (
            <li key={stick.path}>
              <Button look="secondary" onClick={() => onChoose(stick)}>
                {words.useStick(stick.label)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
