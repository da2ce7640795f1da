import { Button } from '../../../components/Button/index.tsx';
import { Actions } from '../../../components/FormLayout/index.tsx';
import { Notice, type Outcome } from '../../../components/Notice/index.tsx';
import { useStaff } from '../../useStaff.ts';

type ActionsProps = { submit: string; busy: boolean; outcome: Outcome; onBack?: () => void };

/** A form's buttons: do it, or (in a step of the first run) go back to the choice; what came of it beside them. */
export function StepActions({ submit, busy, outcome, onBack }: ActionsProps) {
  const { words } = useStaff();
  return (
    <Actions>
      <Button look="primary" type="submit" disabled={busy}>
        {submit}
      </Button>
      {onBack && (
        <Button look="secondary" disabled={busy} onClick={onBack}>
          {words.back}
        </Button>
      )}
      <Notice outcome={outcome} inRow />
    </Actions>
  );
}
