import { useEffect, useRef } from 'preact/hooks';
import type { CommentDecisionKind } from '../../../../shared/comment-decisions.ts';
import type { Output } from '../../../../shared/contract/index.ts';
import { pickText } from '../../../../shared/languages.ts';
import { Button } from '../../../components/Button/index.tsx';
import { Card } from '../../../components/Card/index.tsx';
import { Actions } from '../../../components/FormLayout/index.tsx';
import { scaleLabel } from '../../../i18n/index.ts';
import { useStaff } from '../../useStaff.ts';
import { DecisionForm } from '../DecisionForm/index.tsx';
import styles from './style.module.css';

type ListedComment = Output<'staff.comments'>['comments'][number];

type Props = {
  comment: ListedComment;
  /** The decision being asked about for this comment, if any. */
  deciding: CommentDecisionKind | null;
  onDecide(decision: CommentDecisionKind | null): void;
  onDecided(decision: CommentDecisionKind): void;
};

/** The short form of a comment's id, as the change log shows it too. */
export const shortId = (commentId: string) => commentId.slice(0, 8);

/**
 * One comment: the client's words, the question and answer they came with, and the week. Its
 * buttons name the decision each would make; the one chosen opens the form asking who decided.
 */
export function CommentCard({ comment, deciding, onDecide, onDecided }: Props) {
  const { words: staffWords, language } = useStaff();
  const words = staffWords.comments;
  const textId = `comment-${comment.commentId}`;
  const decisions: CommentDecisionKind[] = [
    comment.hidden ? 'unhide' : 'hide',
    comment.flagged ? 'unflag' : 'flag',
    comment.selected ? 'unselect' : 'select',
  ];
  const actions = useRef<HTMLDivElement>(null);
  const cancelled = useRef(false);
  // Back from a cancelled form, the keyboard goes on from the comment's buttons, not the page's top.
  useEffect(() => {
    if (cancelled.current && !deciding) actions.current?.querySelector('button')?.focus();
    cancelled.current = false;
  }, [deciding]);
  const states = (['hidden', 'flagged', 'selected'] as const).filter((state) => comment[state]);
  return (
    <Card as="li" class={styles.card}>
      <p class={styles.question}>{pickText(comment.texts, language)}</p>
      <blockquote id={textId} class={styles.text}>
        {comment.text}
      </blockquote>
      <p class={styles.facts}>
        <span>
          {words.answer}: {scaleLabel(language, comment.scale, comment.value)}
        </span>
        <span>{words.week(comment.week.week, comment.week.year)}</span>
        <span>{words.commentId(shortId(comment.commentId))}</span>
      </p>
      {states.length > 0 && (
        <p class={styles.states}>
          {states.map((state) => (
            <span key={state} class={styles.state}>
              {words.states[state]}
            </span>
          ))}
        </p>
      )}
      {deciding ? (
        <DecisionForm
          commentId={comment.commentId}
          decision={deciding}
          onDecided={onDecided}
          onCancel={() => {
            cancelled.current = true;
            onDecide(null);
          }}
        />
      ) : (
        <div ref={actions}>
          <Actions>
            {decisions.map((decision) => (
              <Button
                key={decision}
                look="secondary"
                aria-describedby={textId}
                onClick={() => onDecide(decision)}
              >
                {words.actions[decision]}
              </Button>
            ))}
          </Actions>
        </div>
      )}
    </Card>
  );
}
