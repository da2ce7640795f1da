import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommentDecisionKind } from '../../../../shared/comment-decisions.ts';
import type { Output } from '../../../../shared/contract/index.ts';
import { Heading, Hint, List, Section, Subheading } from '../../../components/FormLayout/index.tsx';
import { Alert, Notice, type Outcome } from '../../../components/Notice/index.tsx';
import { useReportChoices } from '../../report-filter/useReportChoices.ts';
import { useStaff } from '../../useStaff.ts';
import { ChangeLog } from '../ChangeLog/index.tsx';
import { CommentCard } from '../CommentCard/index.tsx';
import { CommentFilters } from '../CommentFilters/index.tsx';
import { startingForm, type CommentFilterForm } from '../comment-filter.ts';
import styles from './style.module.css';

type Listing = Output<'staff.comments'>;
type Entries = Output<'staff.changeLog'>['entries'];
type Deciding = { commentId: string; decision: CommentDecisionKind } | null;

/**
 * Clients' comments: filtered as the dashboard is, searched, and decided about (hidden from the
 * reports, flagged for follow-up, selected for the social report), with the log of those
 * decisions under them.
 */
export function CommentsSection() {
  const { api, words: staffWords } = useStaff();
  const words = staffWords.comments;
  const [form, setForm] = useState<CommentFilterForm>(() => startingForm());
  const choices = useReportChoices();
  const [listing, setListing] = useState<Listing>();
  const [entries, setEntries] = useState<Entries>();
  const [problem, setProblem] = useState<string>();
  const [deciding, setDeciding] = useState<Deciding>(null);
  const [outcome, setOutcome] = useState<Outcome>();
  const [asked, setAsked] = useState(0);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const latest = useRef(0);

  useEffect(() => {
    // Only the answer to the latest choices is shown: typing a search asks at every letter.
    const call = (latest.current += 1);
    void api.call('staff.comments', form).then((result) => {
      if (call !== latest.current) return;
      if (result.ok) {
        setListing(result.value);
        setProblem(undefined);
      } else setProblem(result.error.message);
    });
    void api.call('staff.changeLog', {}).then((result) => result.ok && setEntries(result.value.entries));
  }, [form, asked]);

  const changeFilters = (next: CommentFilterForm) => {
    setDeciding(null);
    setOutcome(undefined);
    setForm(next);
  };

  const decided = (decision: CommentDecisionKind) => {
    setDeciding(null);
    setOutcome({ tone: 'done', message: words.decided[decision] });
    setAsked((count) => count + 1);
    // The comment may leave the list shown (hidden from "all"): the keyboard goes on from the results.
    resultsHeading.current?.focus();
  };

  return (
    <Section aria-labelledby="comments-title" aria-busy={listing === undefined && !problem}>
      <Heading id="comments-title">{staffWords.sections.comments}</Heading>
      <Hint>{words.intro}</Hint>
      <CommentFilters form={form} choices={choices} onChange={changeFilters} />
      <Subheading level={3} id="comment-results" tabIndex={-1} ref={resultsHeading}>
        {words.resultsTitle}
      </Subheading>
      {problem && <Alert>{problem}</Alert>}
      <Notice outcome={outcome} />
      {listing === undefined && !problem && <p>{words.loading}</p>}
      {listing && (
        <>
          <p role="status" class={styles.count}>
            {words.count(listing.total)}
          </p>
          {listing.heldBackWordings > 0 && (
            <Hint>{words.heldBack(listing.heldBackWordings, listing.minCellSize)}</Hint>
          )}
          {listing.total === 0 && <p>{words.none}</p>}
          <List aria-labelledby="comment-results">
            {listing.comments.map((comment) => (
              <CommentCard
                key={comment.commentId}
                comment={comment}
                deciding={deciding?.commentId === comment.commentId ? deciding.decision : null}
                onDecide={(decision) => {
                  setOutcome(undefined);
                  setDeciding(decision ? { commentId: comment.commentId, decision } : null);
                }}
                onDecided={decided}
              />
            ))}
          </List>
        </>
      )}
      <ChangeLog entries={entries} />
    </Section>
  );
}
