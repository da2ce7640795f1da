import type { Output } from '../../../../shared/contract/index.ts';
import { Hint, Subheading } from '../../../components/FormLayout/index.tsx';
import { useStaff } from '../../useStaff.ts';
import { shortId } from '../CommentCard/index.tsx';
import styles from './style.module.css';

type Entry = Output<'staff.changeLog'>['entries'][number];

/** What staff decided about comments, newest first: who, when, and why if they said. */
export function ChangeLog({ entries }: { entries: readonly Entry[] | undefined }) {
  const { words: staffWords } = useStaff();
  const words = staffWords.comments;
  const columns = words.changeLogColumns;
  return (
    <section aria-labelledby="comment-log-title" class={styles.log}>
      <Subheading level={3} id="comment-log-title">
        {words.changeLogTitle}
      </Subheading>
      <Hint>{words.changeLogIntro}</Hint>
      {entries?.length === 0 && <p>{words.changeLogEmpty}</p>}
      {entries && entries.length > 0 && (
        <table class={styles.table} aria-labelledby="comment-log-title">
          <thead>
            <tr>
              <th scope="col">{columns.at}</th>
              <th scope="col">{columns.action}</th>
              <th scope="col">{columns.comment}</th>
              <th scope="col">{columns.decidedBy}</th>
              <th scope="col">{columns.reason}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry, index) => (
              <tr key={index}>
                <td>{entry.at}</td>
                <td>{words.actions[entry.action]}</td>
                <td>{shortId(entry.commentId)}</td>
                <td>{entry.decidedBy ?? ''}</td>
                <td>{entry.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
