import { useState } from 'preact/hooks';
import {
  decisionsNeedingDecidedBy,
  maxDecidedByLength,
  maxDecisionReasonLength,
  type CommentDecisionKind,
} from '../../../../shared/comment-decisions.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Field } from '../../../components/Field/index.tsx';
import { Actions, Hint, Subheading } from '../../../components/FormLayout/index.tsx';
import { Notice, type Outcome } from '../../../components/Notice/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { useFocusOnShow } from '../../useFocusOnShow.ts';
import styles from './style.module.css';

type Props = {
  commentId: string;
  decision: CommentDecisionKind;
  onDecided(decision: CommentDecisionKind): void;
  onCancel(): void;
};

/**
 * Asks who decided before a decision about a comment is kept: required to hide or show again
 * (someone stands behind taking words out of the reports), optional otherwise.
 */
export function DecisionForm({ commentId, decision, onDecided, onCancel }: Props) {
  const { api, words: staffWords } = useStaff();
  const words = staffWords.comments;
  const heading = useFocusOnShow<HTMLHeadingElement>();
  const [decidedBy, setDecidedBy] = useState('');
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  const required = decisionsNeedingDecidedBy.includes(decision);
  const titleId = `decide-${commentId}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (required && decidedBy.trim() === '') {
      setOutcome({ tone: 'problem', message: words.decidedByMissing });
      return;
    }
    setOutcome({ tone: 'working', message: words.saving });
    const result = await api.call('staff.decideComment', {
      commentId,
      decision,
      decidedBy,
      ...(reason.trim() === '' ? {} : { reason }),
    });
    if (result.ok) onDecided(decision);
    else setOutcome({ tone: 'problem', message: staffWords.notDone(result.error.message) });
  };

  return (
    <form
      class={styles.form}
      aria-labelledby={titleId}
      noValidate
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
    >
      <Subheading level={4} id={titleId} tabIndex={-1} ref={heading}>
        {words.decideTitle[decision]}
      </Subheading>
      {decision === 'hide' && <Hint>{words.hideNote}</Hint>}
      <Field
        label={required ? words.decidedBy : words.decidedByOptional}
        hint={words.decidedByHint}
        type="text"
        value={decidedBy}
        maxLength={maxDecidedByLength}
        required={required}
        invalid={outcome?.tone === 'problem' && required && decidedBy.trim() === ''}
        onChange={setDecidedBy}
      />
      <Field
        label={words.reason}
        type="text"
        value={reason}
        maxLength={maxDecisionReasonLength}
        onChange={setReason}
      />
      <Actions>
        <Button look="primary" type="submit" disabled={outcome?.tone === 'working'}>
          {words.confirm}
        </Button>
        <Button look="secondary" onClick={onCancel}>
          {words.cancel}
        </Button>
        <Notice outcome={outcome} inRow />
      </Actions>
    </form>
  );
}
